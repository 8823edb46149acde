import Foundation
import Hummingbird
import Worldtime

/// `GET /profile/places?q=Cebu` (what was typed) or `?zone=Asia/Manila` (the browser's own
/// zone): a few places as JSON for the picker's script. Signed-in people only, like the page.
enum PlaceSearchEndpoint {
    /// Longer is refused rather than searched: no place name comes close.
    static let maxQuery = PlaceSearch.maxQueryLength
    static let limit = 8

    struct Match: Encodable {
        let name, label, zone, country: String
        let subdivision: String
    }

    static func answer(_ request: Request) -> Response {
        let query = request.uri.queryParameters.get("q") ?? "", zone = request.uri.queryParameters.get("zone") ?? ""
        guard query.count <= maxQuery, zone.count <= maxQuery else {
            return Problem.response(.badRequest, "Search text too long", "Type at most \(maxQuery) characters of a city's name.")
        }
        let places: [Place]
        if !zone.isEmpty {
            // The zone's own city first, then its other large places.
            let best = PlaceSearch.bundled.bestPlace(for: zone)
            places = Array(((best.map { [$0] } ?? []) + PlaceSearch.bundled.places(in: zone).filter { $0 != best }).prefix(3))
        } else {
            places = PlaceSearch.bundled.search(query, limit: limit)
        }
        let matches = places.map { Match(name: $0.name, label: $0.label, zone: $0.zone, country: $0.country, subdivision: $0.subdivision ?? "") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(matches)) ?? Data("[]".utf8)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
