import Foundation
import Hummingbird
import Mustache
import Worldtime

/// The parts of the app a page can belong to, for the navigation's current marker.
enum Section: String, Sendable {
    case today, team, meetings, check, skills, admin, account, about, inbox, none
    case feedback
    case culture
}

struct NavItem: Sendable { let label, href: String; let current: Bool }

struct Layout: Sendable {
    let title: String
    let signedIn: Bool
    let userName: String
    let nav: [NavItem]
    let csrf: String
    let notice: String?
    /// "3 unread" for the header's inbox link, nil when there are none.
    let unread: String?
    /// "2026f (bundled)": the IANA release behind every local time shown.
    let tzdata: String
    let links = LayoutLinks()
}

struct LayoutLinks: Sendable {
    let home = TodayRoute.today.path
    let about = AboutRoute.about.path
    let password = AccountRoute.password.path
    let signOut = AccountRoute.signOut.path
    let inbox = InboxRoute.inbox.path
    let profile = ProfileRoute.mine.path
    let stylesheet = StaticRoute.stylesheet.path
    let icon = StaticRoute.icon.path
    let filterScript = StaticRoute.filterScript.path
}

/// The object a template sees: `layout` for the frame, `page` for the page's own view model.
struct PageContext { let layout: Layout; let page: Any }

/// Confirmations shown after a redirect. Only these fixed texts can appear, so a crafted link
/// cannot put words on a Crosswise page.
enum Notice: String {
    case saved, created, deactivated, reactivated, passwordChanged = "password-changed", imported, signedOut = "signed-out"
    case booked, moved, cancelled, removed, feedStopped = "feed-stopped"
    case progressSaved = "progress-saved", assessed, rated, planDrafted = "plan-drafted", noted
    case hoursFromDays = "hours-days", hoursFromText = "hours-text", hoursFromTextOverDays = "hours-text-over-days"
    case passwordReset = "password-reset", erased
    case feedbackSent = "feedback-sent"
    case reviewed
    case feedbackAsked = "feedback-asked", requestClosed = "request-closed", requestAnswered = "request-answered"
    case addedToPlan = "added-to-plan", linkRevoked = "link-revoked"
    case briefRead = "brief-read", briefReadNoEvidence = "brief-read-no-evidence", briefReadBefore = "brief-read-before"

    var text: String {
        switch self {
        case .saved: "Saved."
        case .created: "Created."
        case .deactivated: "Deactivated. It no longer appears in pickers; you can reactivate it here."
        case .reactivated: "Reactivated."
        case .passwordChanged: "Your password is changed. Other devices have been signed out."
        case .imported: "Import finished: every row was written."
        case .signedOut: "You are signed out."
        case .booked: "Booked. Everyone invited has a notice with the invitation; it is in your list below and in your calendar feed."
        case .moved: "Moved. Everyone invited has a notice with the new time for their calendar."
        case .cancelled: "Cancelled. Everyone invited has a notice with the cancellation for their calendar."
        case .removed: "Removed."
        case .feedStopped: "Your calendar link is switched off; calendars subscribed to it stop updating."
        case .progressSaved: "Your answers are saved. Come back any time to carry on where you stopped."
        case .assessed: "Assessment finished. Your profile below is updated."
        case .rated: "Rating saved. It now counts in their profile."
        case .planDrafted: "A draft plan is ready. Change what you like, then mark it active."
        case .noted: "Note added."
        case .hoursFromDays: "Saved. Working hours were taken from the day rows."
        case .hoursFromText: "Saved. Working hours were taken from the text box."
        case .hoursFromTextOverDays: "Saved. Both the day rows and the text box were changed; the text box won, so check the rows below."
        case .passwordReset: "Your new password is set and every session has ended. Sign in with it."
        case .erased: "Erased. Their records are anonymised and they can no longer sign in."
        case .feedbackSent: "Sent. It is on their Feedback page now, and on yours under Given."
        case .reviewed: "Marked as reviewed today."
        case .feedbackAsked: "Asked. Each colleague hears of it at the start of their own shift; this page shows who has answered."
        case .requestClosed: "Closed. Nobody can answer it now, and no reminder will go out."
        case .requestAnswered: "Sent. It answers their request, and they can see that you did."
        case .addedToPlan: "Added to your development plan as a weekly practice action."
        case .linkRevoked: "Withdrawn. The link now says so to anyone who opens it, and takes no answer."
        case .briefRead: "Counted: reading this brief is now practice evidence for cultural awareness in your skills profile."
        case .briefReadNoEvidence: "Noted as read. Your organization's framework has no cultural-awareness competency, so no evidence was written."
        case .briefReadBefore: "Already counted: you marked this brief as read before. Nothing new was written."
        }
    }
}

/// Rendering without I/O: a page is a template, a layout and a plain page model, so tests render
/// any page from a fixed model (see the snapshot tests).
enum Pages {
    static func library() async throws -> MustacheLibrary {
        try await MustacheLibrary(directory: Bundle.module.bundleURL.appendingPathComponent("templates").path)
    }

    static func html(_ library: MustacheLibrary, _ template: String, layout: Layout, page: Any) -> String {
        library.render(PageContext(layout: layout, page: page), withTemplate: template) ?? "Template \(template) is missing"
    }
}

extension AppServices {
    /// Renders `template` inside the layout. Mustache escapes every value, so names typed by
    /// users cannot inject markup.
    func page(_ template: String, title: String, _ page: Any, context: AppRequestContext, request: Request? = nil,
              section: Section = .none, status: HTTPResponse.Status = .ok) -> Response {
        let notice = request?.uri.queryParameters.get("notice").flatMap(Notice.init(rawValue:))?.text
        let layout = Layout(
            title: title, signedIn: context.viewer != nil, userName: context.viewer?.person.name ?? "",
            nav: navigation(for: context.viewer, section: section),
            // Error pages meet requests no route's gate saw; a session's token is derived from it.
            csrf: context.csrfToken.isEmpty ? context.viewer.map { CSRFProtection.token(forSession: $0.sessionToken) } ?? "" : context.csrfToken,
            notice: notice, unread: context.viewer.flatMap { $0.unreadNotices > 0 ? "\($0.unreadNotices) unread" : nil }, tzdata: TimeZoneDatabase.shared.summary)
        let html = Pages.html(templates, template, layout: layout, page: page)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func navigation(for viewer: Viewer?, section: Section) -> [NavItem] {
        guard let viewer else { return [] }
        return siteAreas.compactMap { $0.navigation(for: viewer) }.map { NavItem(label: $0.label, href: $0.href, current: $0.section == section) }
    }
}

/// A 303 after a successful POST, so reloading the next page does not submit twice.
func seeOther(_ route: some SiteRoute, fragment: String = "", notice: Notice? = nil) -> Response {
    seeOther(route.path + fragment, notice: notice)
}

/// A 303 to a path printed by a route (with a query or fragment of its own).
func seeOther(_ path: String, notice: Notice? = nil) -> Response {
    // The notice goes in the query, before any #fragment, or the browser never sends it.
    guard let notice else { return Response(status: .seeOther, headers: [.location: path]) }
    let hash = path.firstIndex(of: "#")
    let base = hash.map { String(path[..<$0]) } ?? path, fragment = hash.map { String(path[$0...]) } ?? ""
    let location = base + (base.contains("?") ? "&" : "?") + "notice=\(notice.rawValue)" + fragment
    return Response(status: .seeOther, headers: [.location: location])
}
