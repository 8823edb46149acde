import Culture
import Foundation
import Hummingbird
import MessageCheck
import Worldtime

/// "Check a message": paste a reply, choose who reads it, see every finding in place and apply
/// a suggestion with one click (a plain form button, so it works without JavaScript). The text
/// lives only in the request; the person's counts per check and day are all that is kept.
struct CheckController {
    let services: AppServices
    static let maxLength = 20_000

    @Sendable func check(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        // Browsers send a textarea's line ends as CRLF; offsets are counted on plain LF.
        var text = context.form.text("text")
        let recipient = context.form["recipient"], profile = context.form["profile"]
        // Find (the colleague picker of a large organization) reloads the form with matches
        // and what was typed, and checks nothing.
        if !context.form[PeoplePicker.findButton].isEmpty {
            return try await render(viewer, context: context, request: nil, text: text, recipient: recipient, profile: profile,
                                    who: context.form[PeoplePicker.findField])
        }
        let textError = text.count > Self.maxLength
            ? "The message has \(text.count) characters; the check takes up to \(Self.maxLength). Check it in parts."
            : text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "Paste or type the message to check." : nil
        if let textError {
            return try await render(viewer, context: context, request: nil, text: text, recipient: recipient, profile: profile, textError: textError)
        }
        let reader = try await self.reader(recipient, viewer: viewer)
        let checker = checker(viewer: viewer, reader: reader, profile: profile)
        // Apply one suggestion: check the submitted text again and replace the span only if
        // the same finding is still there (the text may have been edited since).
        let apply = context.form["apply"]
        let applied = apply.isEmpty ? nil : Self.apply(apply, to: text, checker: checker)
        let notice = apply.isEmpty || applied != nil ? nil
            : "The text changed since the last check, so that suggestion no longer fits. Here is a fresh check."
        text = applied ?? text
        let analysis = checker.analyse(text)
        if apply.isEmpty {
            try await services.directory(for: viewer).recordChecks(personID: viewer.personID, day: services.today(for: viewer).description, counts: analysis.countsByCheck)
        }
        let culture = Self.cultureHints(text, reader: reader, chosen: context.form["country"], firstMessage: context.form["first"] == "1",
                                        profile: CheckProfile.named(profile) ?? reader.profile)
        return try await render(viewer, context: context, request: nil, text: text, recipient: recipient, profile: profile,
                                result: (analysis, reader), notice: notice, culture: culture)
    }

    /// The culture hints for the recipient's country: the one chosen on the form, else the
    /// client's. None for internal chat, or when no country with a brief is known.
    static func cultureHints(_ text: String, reader: Reader, chosen: String, firstMessage: Bool, profile: CheckProfile) -> CheckPageView.CultureSection? {
        guard let brief = CultureBriefs.builtIn.country(chosen.isEmpty ? reader.country : chosen) else { return nil }
        let audience: CultureHints.Audience = profile == .internalChat ? .internalChat : .client
        let hints = CultureHints.check(text, to: brief, firstMessage: firstMessage, audience: audience)
        return CheckPageView.CultureSection(
            country: brief.name, briefHref: CultureRoute.country(brief.code).path, off: audience == .internalChat,
            hints: hints.map { CheckPageView.CultureSection.Hint(check: $0.check.rawValue, message: $0.message, section: $0.section.title,
                                                          href: CultureRoute.country(brief.code).path + "#s-\($0.section.rawValue)") })
    }

    /// Who reads the message: a client, a colleague, or a zone; each gives a zone to convert
    /// times into and a sensible profile.
    struct Reader {
        var zone: TimeZoneName?; var name: String; var profile: CheckProfile
        /// A client's country, for the culture hints; empty for colleagues and places.
        var country = ""
    }

    func reader(_ value: String, viewer: Viewer) async throws -> Reader {
        let directory = services.directory(for: viewer)
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return Reader(zone: nil, name: "", profile: .clientEmail) }
        switch parts[0] {
        case "client":
            // Only the viewer's own organization's clients: another id is simply unknown.
            if let id = UUID(uuidString: parts[1]), let client = try await directory.client(id), client.active {
                return Reader(zone: try? TimeZoneName(client.timeZone), name: client.name, profile: .clientEmail, country: client.country)
            }
        case "person":
            if let id = UUID(uuidString: parts[1]), let person = try await directory.person(id), person.active {
                return Reader(zone: try? TimeZoneName(person.timeZone), name: person.name, profile: .internalChat)
            }
        case "zone":
            if let zone = try? TimeZoneName(parts[1]) { return Reader(zone: zone, name: zone.city, profile: .clientEmail) }
        default: break
        }
        return Reader(zone: nil, name: "", profile: .clientEmail)
    }

    func checker(viewer: Viewer, reader: Reader, profile: String) -> MessageChecker {
        let time = TimeCheck(writer: viewer.zone, reader: reader.zone, now: Int64(services.now().timeIntervalSince1970))
        return MessageChecker(profile: CheckProfile.named(profile) ?? reader.profile, time: time)
    }

    /// "finding:replacement:start:end" → the text with that replacement in place, or nil.
    static func apply(_ value: String, to text: String, checker: MessageChecker) -> String? {
        let numbers = value.split(separator: ":").compactMap { Int($0) }
        guard numbers.count == 4 else { return nil }
        let findings = checker.check(text)
        guard numbers[0] >= 0, numbers[0] < findings.count else { return nil }
        let finding = findings[numbers[0]]
        guard finding.span.start == numbers[2], finding.span.end == numbers[3], numbers[1] >= 0, numbers[1] < finding.replacements.count else { return nil }
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(finding.span.start..<finding.span.end, with: Array(finding.replacements[numbers[1]].utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    func render(_ viewer: Viewer, context: AppRequestContext, request: Request?, text: String = "", recipient: String = "", profile: String = "",
                who: String = "", result: (analysis: MessageAnalysis, reader: Reader)? = nil, textError: String? = nil,
                notice: String? = nil, culture: CheckPageView.CultureSection? = nil) async throws -> Response {
        let directory = services.directory(for: viewer)
        let clients = try await directory.clients(includeInactive: false)
        let chosen = recipient.hasPrefix("person:") ? UUID(uuidString: String(recipient.dropFirst(7))) : nil
        var picker = try await PeoplePicker.gather(directory, chosen: chosen.map { [$0] } ?? [], query: who, excluding: viewer.personID)
        picker.target = "recipient"
        let zones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Asia/Kolkata",
                     "Asia/Manila", "Asia/Singapore", "Australia/Sydney", "Asia/Dubai"]
        typealias View = CheckPageView
        let recipients = [
            View.OptionGroup(label: "Clients", options: clients.map { Choice("client:\($0.id!)", "\($0.name) · \($0.timeZone)", selected: recipient == "client:\($0.id!)") }),
            View.OptionGroup(label: "Colleagues", options: picker.people.map { Choice("person:\($0.id)", PeoplePicker.label($0), selected: recipient == "person:\($0.id)") }),
            View.OptionGroup(label: "A place", options: zones.map { Choice("zone:\($0)", $0, selected: recipient == "zone:\($0)") }),
        ].filter { !$0.options.isEmpty }
        let profiles = [Choice("", "Automatic (from the recipient)", selected: profile.isEmpty)]
            + CheckProfile.all.map { Choice($0.name, $0.summary, selected: profile == $0.name) }
        let since = services.today(for: viewer).adding(days: -29).description
        let evidence = try await directory.checkEvidence(personID: viewer.personID, since: since).prefix(6).map {
            View.Evidence(check: CheckCatalog.name($0.checkID), description: CheckCatalog.describe($0.checkID), count: $0.count, days: $0.days == 1 ? "1 day" : "\($0.days) days")
        }
        let findings = result?.analysis.findings ?? []
        let cut = View.segments(text, findings)
        let readability = result?.analysis.readability
        let readerNote = result.map { r in
            r.reader.zone.map { "Times are read for \(r.reader.name) (\($0.identifier)); you write from \(viewer.zone.identifier)." }
                ?? "No recipient chosen: times without a zone are flagged, but not converted."
        }
        var view = View(
            text: text, textError: textError, recipients: recipients, picker: picker, profiles: profiles, checked: result != nil,
            segments: cut.segments, items: View.items(findings, highlighted: cut.highlighted),
            counts: View.counts(findings), ease: Int(min(max((readability?.readingEase ?? 0).rounded(), 0), 100)),
            grade: String(format: "%.1f", readability?.grade ?? 0), band: readability?.band ?? "", words: readability?.words ?? 0,
            readerNote: readerNote, notice: notice, evidence: Array(evidence), maxLength: Self.maxLength)
        let country = context.form["country"]
        view.countries = [Choice("", "From the recipient (a client's country)", selected: country.isEmpty)]
            + CultureBriefs.builtIn.countries.sorted { $0.name < $1.name }.map { Choice($0.code, $0.name, selected: country == $0.code) }
        view.firstMessage = context.form["first"] == "1"
        view.culture = culture
        return services.page("check", title: "Check a message", view, context: context, request: request, section: .check,
                             status: textError == nil ? .ok : .unprocessableContent)
    }
}
