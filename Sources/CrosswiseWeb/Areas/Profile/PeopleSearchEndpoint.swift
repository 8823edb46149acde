import CrosswiseStore
import Foundation
import Hummingbird

/// `GET /profile/people?q=vill`: up to 20 active colleagues of the viewer's organization whose
/// name has a word starting with each word typed, as JSON for the pickers' script. Only what a
/// picker shows (id and "name · city"), never an e-mail.
enum PeopleSearchEndpoint {
    struct Match: Encodable { let id, label: String }

    static func answer(_ request: Request, directory: Directory, viewer: UUID) async throws -> Response {
        let query = request.uri.queryParameters.get("q").map { String($0) } ?? ""
        guard query.count <= PeopleIndex.maxQuery else {
            return Problem.response(.badRequest, "Search text too long", "Type at most \(PeopleIndex.maxQuery) characters of a name.")
        }
        let matches = try await directory.findPeople(query, excluding: viewer).map { Match(id: $0.id.uuidString, label: PeoplePicker.label($0)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(matches)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
