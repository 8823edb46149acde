import Foundation
import HTTPTypes

/// One address of the web app, as a value. Each area declares its routes as an enum conforming
/// to this (`SkillsRoute.person(id)`, `AdminRoute.sites(.edit(id))`), and that enum is the only
/// place its paths are spelled: the router registers `pattern`, pages print `path`, and `access`
/// says who may use it. A test walks `all` and checks that each case prints, parses back to
/// itself and is registered, so a link can never point at a route that does not exist.
public protocol SiteRoute: Sendable, Hashable {
    /// Every case, with sample values for its parameters.
    static var all: [Self] { get }
    /// Where the area's routes live; every pattern starts with it ("" for routes at the root).
    static var prefix: String { get }
    var method: HTTPRequest.Method { get }
    /// The path with `:name` for each parameter, as Hummingbird registers it.
    var pattern: String { get }
    /// The parameters' values in the order they appear in `pattern`.
    var values: [String] { get }
    var access: Access { get }
    /// Open to someone signed in with a temporary password (choosing a password, signing out).
    var openWithTemporaryPassword: Bool { get }
    /// How much of a POST body the route reads; GET routes read none.
    var body: BodyKind { get }
    /// The case for a matched pattern and its values; nil for values it cannot hold.
    init?(method: HTTPRequest.Method, pattern: String, values: [String])
}

/// How a route reads its body, decided before a byte of it is read.
public enum BodyKind: Sendable, Hashable {
    /// A URL-encoded form within the form limit (16 KB signed out, 1 MB signed in).
    case form
    /// A file upload: multipart allowed, up to 8 MB.
    case upload
    /// The handler reads the body itself, within its own limit (the JSON API).
    case own
}

extension SiteRoute {
    public static var prefix: String { "" }
    public var method: HTTPRequest.Method { .get }
    public var values: [String] { [] }
    public var body: BodyKind { .form }
    public var openWithTemporaryPassword: Bool { false }

    /// The path to print in a link or a form's action. Values are percent-encoded, so an id can
    /// never add a segment.
    public var path: String {
        var remaining = values[...]
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix(":") else { return String(segment) }
            let value = remaining.popFirst() ?? ""
            return value.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? value
        }.joined(separator: "/")
    }

    /// The path with a query string built from `items` (values encoded), e.g. for a GET form's
    /// link or a redirect to a page part.
    public func path(query items: [(String, String)]) -> String {
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        // URLComponents leaves "+" alone, which a form decoder reads as a space.
        return path + "?" + (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }

    /// The route a request for `path` reaches, or nil. Used by tests and by the few places
    /// (sign-in's `next`) that must know whether a path is one of ours.
    public static func parse(method: HTTPRequest.Method, path: String) -> Self? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for pattern in Set(all.filter { $0.method == method }.map(\.pattern)) {
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == segments.count else { continue }
            var values: [String] = []
            var matched = true
            for (part, segment) in zip(parts, segments) {
                if part.hasPrefix(":") {
                    guard !segment.isEmpty, let value = String(segment).removingPercentEncoding else { matched = false; break }
                    values.append(value)
                } else if part != segment {
                    matched = false
                    break
                }
            }
            if matched, let route = Self(method: method, pattern: pattern, values: values) { return route }
        }
        return nil
    }
}

extension SiteRoute where Self: CaseIterable {
    /// Routes without parameters: the case with this method and pattern.
    public init?(method: HTTPRequest.Method, pattern: String, values: [String]) {
        guard let route = Self.allCases.first(where: { $0.method == method && $0.pattern == pattern }) else { return nil }
        self = route
    }
}

extension CharacterSet {
    /// Unreserved characters only: an encoded value is one path segment whatever it holds.
    static let urlPathSegmentAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
}

/// A parameter that must be a UUID; anything else is not this route (404).
func uuid(_ values: [String], _ index: Int = 0) -> UUID? {
    values.indices.contains(index) ? UUID(uuidString: values[index]) : nil
}

/// A sample id for `SiteRoute.all`.
let sampleID = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
