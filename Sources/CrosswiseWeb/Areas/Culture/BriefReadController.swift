import CrosswiseStore
import Culture
import Foundation
import Hummingbird

/// "I have read this brief", on a country's brief and on a client's note. Who may count a
/// brief is `BriefReadsBook`'s rule (a client your active teams serve; anyone else 404, like the
/// client note itself), and a second press writes nothing and says so.
struct BriefReadController {
    let services: AppServices

    func book(_ viewer: Viewer) -> BriefReadsBook { BriefReadsBook(db: services.db, organizationID: viewer.organizationID) }

    @Sendable func readCountry(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let brief = CultureBriefs.builtIn.country(CultureController.parameter("code", context)) else { throw HTTPError(.notFound) }
        let outcome = try await mark(.country(brief.code), title: brief.name, viewer)
        return seeOther(CultureRoute.country(brief.code), fragment: "#read", notice: outcome)
    }

    @Sendable func readClient(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), id = try context.requireUUID("id")
        // The note's own reading rule first, so a client of another organization is the same 404.
        let reading = try await ClientNotesBook(db: services.db, organizationID: viewer.organizationID, actor: viewer.actor, now: services.now)
            .read(id, by: viewer.personID, isAdmin: viewer.isAdmin)
        let outcome = try await mark(.client(id), title: "\(reading.client.name) client note", viewer)
        return seeOther(CultureRoute.client(id), fragment: "#read", notice: outcome)
    }

    func mark(_ brief: BriefReadsBook.Brief, title: String, _ viewer: Viewer) async throws -> Notice {
        let framework = try await services.skills(for: viewer).currentFramework()
        switch try await book(viewer).markRead(brief, by: viewer.personID, title: title, framework: framework, at: services.now()) {
        case .counted(evidence: true): return .briefRead
        case .counted(evidence: false): return .briefReadNoEvidence
        case .alreadyCounted: return .briefReadBefore
        }
    }
}

/// The "I have read this brief" panel: the date once pressed, the button before. Shown only to
/// people whose teams serve a client the brief is for.
struct BriefReadView {
    let readOn: String?
    let action: String
    /// Stored, not computed: templates read properties by reflection.
    let isRead: Bool

    init?(serves: Bool, readAt: Date?, action: some SiteRoute, dates: DateWords) {
        guard serves else { return nil }
        readOn = readAt.map { dates.short($0) }
        isRead = readAt != nil
        self.action = action.path
    }
}
