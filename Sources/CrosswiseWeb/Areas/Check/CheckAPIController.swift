import CrosswiseStore
import Foundation
import Hummingbird
import MessageCheck
import Worldtime

/// `POST /api/v1/check`: the message check for other tools (a CRM, a ticketing system, a
/// browser extension). Callers present an API key an admin issued (`Authorization: Bearer
/// cwk_…`) or a signed-in session; errors are RFC 9457 problem details.
///
///     {"text": "…", "profile": "client-email", "from": "Asia/Manila", "to": "Europe/London",
///      "disable": ["clarity.passive-voice"]}
///
/// A session's calls add to the person's counts like the page does; a key's calls keep nothing.
struct CheckAPIController {
    let services: AppServices
    static let maxBytes = 100_000

    struct Input: Decodable { var text: String; var profile, from, to: String?; var disable: [String]? }
    struct Output: Encodable { var profile: String; var findings: [Finding]; var readability: Readability }

    @Sendable func check(request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        // Who is calling: a key first, then a session (whose JSON body a cross-site page cannot
        // forge). Only a session's person gets counts; a key's calls keep nothing.
        var person: Viewer?
        if let header = request.headers[.authorization] {
            let utcDay = CivilDate(days: Int(services.now().timeIntervalSince1970 / 86400))
            guard header.hasPrefix("Bearer "),
                  try await Directory.organization(forAPIKey: String(header.dropFirst(7)), today: utcDay.description, on: services.db) != nil else {
                return Problem.response(.unauthorized, "The API key is not valid", "Send “Authorization: Bearer cwk_…” with a key from Admin → API keys; revoked keys stop working at once.")
            }
        } else if let viewer = context.viewer {
            guard (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") else {
                return Problem.response(.unsupportedMediaType, "Send JSON", "The body must be JSON with “Content-Type: application/json”.")
            }
            person = viewer
        } else {
            return Problem.response(.unauthorized, "Sign in or send an API key", "Send “Authorization: Bearer cwk_…” with a key from Admin → API keys.")
        }

        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: Self.maxBytes) } catch {
            return Problem.response(.contentTooLarge, "The message is too long", "The request body may be at most \(Self.maxBytes) bytes; check long texts in parts.")
        }
        let input: Input
        do { input = try JSONDecoder().decode(Input.self, from: Data(buffer: body)) } catch {
            return Problem.response(.badRequest, "The body is not the expected JSON", "Send an object with a “text” string and optionally “profile”, “from”, “to” and “disable”.")
        }
        var invalid: [String] = []
        let profile = input.profile.flatMap(CheckProfile.named)
        if let name = input.profile, profile == nil { invalid.append("profile: “\(name)” is not one of \(CheckProfile.all.map(\.name).joined(separator: ", "))") }
        func zone(_ text: String?, _ field: String) -> TimeZoneName? {
            guard let text else { return nil }
            do { return try TimeZoneName(text) } catch { invalid.append("\(field): “\(text)” is not a time zone name such as Asia/Manila"); return nil }
        }
        let from = zone(input.from, "from") ?? person?.zone, to = zone(input.to, "to")
        for id in input.disable ?? [] where !CheckCatalog.isKnown(id) && Finding.Category(rawValue: id) == nil { invalid.append("disable: “\(id)” is not a check id") }
        guard invalid.isEmpty else {
            return Problem.response(.unprocessableContent, "Some fields are not valid", invalid.joined(separator: "; "))
        }

        let time = TimeCheck(writer: from, reader: to, now: Int64(services.now().timeIntervalSince1970))
        let checker = MessageChecker(profile: profile, disabled: Set(input.disable ?? []), time: time)
        let analysis = checker.analyse(input.text)
        if let person {
            try await services.directory(for: person).recordChecks(personID: person.personID, day: services.today(for: person).description, counts: analysis.countsByCheck)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Output(profile: checker.profile.name, findings: analysis.findings, readability: analysis.readability))
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// RFC 9457 problem details: a JSON body that says what went wrong and what to do.
enum Problem {
    static func response(_ status: HTTPResponse.Status, _ title: String, _ detail: String) -> Response {
        let body: [String: Any] = ["type": "about:blank", "title": title, "status": status.code, "detail": detail]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"crosswise\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
