import CrosswiseStore
import Culture
import Foundation
import Hummingbird

/// The culture pages. The briefs are `CultureBriefs.builtIn`: read and validated once per
/// process on first use (about 385 ms), never per request.
struct CultureController {
    let services: AppServices
    var briefs: CultureBriefs { CultureBriefs.builtIn }

    /// The viewer's work country and clients: five statements (site; memberships and teams; team clients and clients).
    func reader(_ viewer: Viewer) async throws -> CultureReader {
        let directory = services.directory(for: viewer)
        let home = try await directory.workCountry(of: viewer.person)
        let clients = try await directory.clientsServed(by: viewer.personID)
        return CultureReader(homeCode: home, clients: clients.map { (id: $0.id!, name: $0.name, country: $0.country) })
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let model = CultureListPage(briefs: briefs, reader: try await reader(viewer))
        return services.page("culture-list", title: "Cultural briefs", model, context: context, request: request, section: .culture)
    }

    @Sendable func country(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let typed = Self.parameter("code", context)
        guard let brief = briefs.country(typed) else { return unknown(typed, context: context) { CultureRoute.country($0).path } }
        let reader = try await reader(viewer)
        // One statement more, and only for people serving a client in this country.
        let serves = reader.clients.contains { $0.country == brief.code }
        let readAt = serves ? try await BriefReadsBook(db: services.db, organizationID: viewer.organizationID).readAt(.country(brief.code), by: viewer.personID) : nil
        let read = BriefReadView(serves: serves, readAt: readAt, action: CultureRoute.readCountry(brief.code), dates: DateWords(viewer))
        let model = BriefPage(brief, briefs: briefs, reader: reader, read: read)
        return services.page("culture-brief", title: "\(brief.name): cultural brief", model, context: context, request: request, section: .culture)
    }

    @Sendable func pair(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let yoursTyped = Self.parameter("code", context), theirsTyped = Self.parameter("other", context)
        guard let yours = briefs.country(yoursTyped) else {
            return unknown(yoursTyped, context: context) { CultureRoute.pair($0, theirsTyped).path }
        }
        guard let theirs = briefs.country(theirsTyped) else {
            return unknown(theirsTyped, context: context) { CultureRoute.pair(yours.code, $0).path }
        }
        let placement = try await CulturePlacementBook(db: services.db, organizationID: viewer.organizationID).placement(of: viewer.personID)
        let mine = placement.map { row in
            Dictionary(uniqueKeysWithValues: row.positionValues.compactMap { key, value in CultureScale(rawValue: key).map { ($0, value) } })
        }
        let model = PairPage(PairView(yours: yours, theirs: theirs), briefs: briefs, mine: mine)
        return services.page("culture-pair", title: "\(yours.name) and \(theirs.name)", model, context: context, request: request, section: .culture)
    }

    /// A path parameter as typed: the router leaves percent-escapes in, so "%3C" is shown as "<".
    static func parameter(_ name: String, _ context: AppRequestContext) -> String {
        let raw = context.parameters.get(name) ?? ""
        return String((raw.removingPercentEncoding ?? raw).prefix(80))
    }

    /// 404 in the site's layout, naming the closest codes as links of the same kind of page.
    func unknown(_ typed: String, context: AppRequestContext, link: (String) -> String) -> Response {
        let model = UnknownCountryPage(typed: typed, briefs: briefs, link: link)
        return services.page("culture-unknown", title: "No brief for that country", model, context: context, section: .culture, status: .notFound)
    }
}
