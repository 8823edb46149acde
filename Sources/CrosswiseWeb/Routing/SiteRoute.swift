import Foundation
import HTTPTypes

/// One address of the web app, as a value. Each area declares its routes as an enum conforming
/// to this (`SkillsRoute.person(id)`, `AdminRoute.sites(.edit(id))`), and that enum is the only
/// place its paths are spelled: the router registers the pattern, pages print `path`, and the
/// access says who may use it. A test walks `all` and checks that each case prints, parses back
/// to itself and is registered, so a link can never point at a route that does not exist.
public protocol SiteRoute: Sendable, Hashable {
    /// The cases without parameters.
    static var fixed: [Self] { get }
    /// The cases with parameters, each made from a matched request's values.
    static var parameterized: [RouteMaker<Self>] { get }
    /// Where the area's routes live; every pattern starts with it ("" for routes at the root).
    static var prefix: String { get }
    /// The case's method, pattern, values and access, declared together.
    var spec: RouteSpec { get }
}

/// A route case with parameters: `.id(SkillsRoute.person)`, `.text(SkillsRoute.competency)`.
public struct RouteMaker<Route: SiteRoute>: Sendable {
    /// The case holding a matched request's values; nil when they do not fit (not a UUID).
    let make: @Sendable ([String]) -> Route?
    /// The case with sample values, for its pattern and for `all`.
    let sample: Route

    init(sample: Route, _ make: @escaping @Sendable ([String]) -> Route?) { (self.sample, self.make) = (sample, make) }

    /// A parameter that must be a UUID; anything else is not this route (404).
    static func id(_ make: @escaping @Sendable (UUID) -> Route) -> Self { Self(sample: make(sampleID)) { uuid($0).map(make) } }

    static func text(_ make: @escaping @Sendable (String) -> Route) -> Self { Self(sample: make("sample")) { $0.first.map(make) } }
}

/// What a route case is: `.get("/skills/people/:id", id, access: .leadOf)`.
public struct RouteSpec: Sendable {
    public let method: HTTPRequest.Method
    /// The path with `:name` for each parameter, as Hummingbird registers it.
    public let pattern: String
    /// The parameters' values in the order they appear in the pattern.
    public let values: [String]
    public let access: Access
    /// How much of a POST body the route reads; GET routes read none.
    public let body: BodyKind
    /// Open to someone signed in with a temporary password (choosing a password, signing out).
    public let openWithTemporaryPassword: Bool

    public static func get(_ pattern: String, _ values: String..., access: Access = .member, temporaryPassword: Bool = false) -> RouteSpec {
        RouteSpec(method: .get, pattern: pattern, values: values, access: access, body: .form, openWithTemporaryPassword: temporaryPassword)
    }

    public static func post(_ pattern: String, _ values: String..., access: Access = .member, body: BodyKind = .form,
                            temporaryPassword: Bool = false) -> RouteSpec {
        RouteSpec(method: .post, pattern: pattern, values: values, access: access, body: body, openWithTemporaryPassword: temporaryPassword)
    }
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
    public static var parameterized: [RouteMaker<Self>] { [] }
    /// Every case, with sample values for its parameters.
    public static var all: [Self] { fixed + parameterized.map(\.sample) }
    public var method: HTTPRequest.Method { spec.method }
    public var pattern: String { spec.pattern }

    /// The path to print in a link or a form's action. Values are percent-encoded, so an id can
    /// never add a segment.
    public var path: String {
        var remaining = spec.values[...]
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix(":") else { return String(segment) }
            let value = remaining.popFirst() ?? ""
            return value.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? value
        }.joined(separator: "/")
    }

    /// The path with a query string built from `items` (values encoded).
    public func path(query items: [(String, String)]) -> String {
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        // URLComponents leaves "+" alone, which a form decoder reads as a space.
        return path + "?" + (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }

    public static func parse(method: HTTPRequest.Method, path: String) -> Self? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let makers = fixed.map { route in RouteMaker(sample: route) { _ in route } } + parameterized
        for maker in makers where maker.sample.method == method {
            let parts = maker.sample.pattern.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == segments.count else { continue }
            var values: [String] = []
            let matched = zip(parts, segments).allSatisfy { part, segment in
                guard part.hasPrefix(":") else { return part == segment }
                guard !segment.isEmpty, let value = String(segment).removingPercentEncoding else { return false }
                values.append(value)
                return true
            }
            if matched, let found = maker.make(values) { return found }
        }
        return nil
    }
}

extension SiteRoute where Self: CaseIterable {
    public static var fixed: [Self] { Array(allCases) }
}

extension CharacterSet {
    /// Unreserved characters only: an encoded value is one path segment whatever it holds.
    static let urlPathSegmentAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
}

func uuid(_ values: [String], _ index: Int = 0) -> UUID? {
    values.indices.contains(index) ? UUID(uuidString: values[index]) : nil
}

/// A sample id for `SiteRoute.all`.
let sampleID = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
