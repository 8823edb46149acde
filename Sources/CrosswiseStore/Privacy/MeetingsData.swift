import FluentKit
import Foundation

/// Meetings the person organized and attended, with what each cost them when booked. Other
/// attendees are not listed: they are other people's data.
struct MeetingsData: PersonalDataArea {
    let section = "meetings"

    struct Export: Encodable, Sendable {
        let organized: [Organized]
        let attended: [Attended]
    }

    struct Organized: Encodable, Sendable { let title, timeZone: String; let startsAt, endsAt: Date; let createdAt: Date? }
    struct Attended: Encodable, Sendable { let title, availability: String; let startsAt, endsAt: Date; let cost: Int }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let organized = try await Meeting.query(on: db).filter(\.$organizer.$id == id).sort(\.$startsAt).all()
        let attended = try await MeetingAttendee.query(on: db).filter(\.$person.$id == id).with(\.$meeting).all()
        return Export(
            organized: organized.map {
                Organized(title: $0.title, timeZone: $0.timeZone, startsAt: Self.date($0.startsAt), endsAt: Self.date($0.endsAt),
                          createdAt: $0.createdAt)
            },
            attended: attended.sorted { $0.meeting.startsAt < $1.meeting.startsAt }.map {
                Attended(title: $0.meeting.title, availability: $0.availability, startsAt: Self.date($0.meeting.startsAt),
                         endsAt: Self.date($0.meeting.endsAt), cost: $0.cost)
            })
    }

    /// Their attendee rows stay, since a team's fairness ledger sums them, but as "A former
    /// colleague" under a key of their own that names nobody. Meetings they organized stay
    /// (their row does too, anonymised); a title naming them loses the name.
    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await MeetingAttendee.query(on: db).filter(\.$person.$id == erasure.personID)
            .set(\.$person.$id, to: nil).set(\.$name, to: Erasure.standIn).set(\.$participantKey, to: erasure.formerKey).update()
        let titled = try await Meeting.query(on: db).filter(\.$organization.$id == erasure.organizationID)
            .group(.or) { $0.filter(\.$title ~~ erasure.name).filter(\.$title ~~ erasure.email) }.all()
        for meeting in titled {
            meeting.title = erasure.scrub(meeting.title)
            try await meeting.save(on: db)
        }
    }

    static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}

/// Whether the person has a calendar subscription; the address's secret is never stored.
struct CalendarFeedData: PersonalDataArea {
    let section = "calendarFeed"

    struct Feed: Encodable, Sendable { let exists: Bool; let createdAt: Date? }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let feed = try await CalendarFeed.query(on: db).filter(\.$person.$id == person.requireID()).first()
        return Feed(exists: feed != nil, createdAt: feed?.createdAt)
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await CalendarFeed.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}

extension Erasure {
    /// `text` with the person's name and e-mail replaced by the stand-in. Only whole words match: erasing "Ed" must not turn "booked" into "booka former colleague"
    /// (an outside review found exactly that).
    func scrub(_ text: String) -> String {
        mentionPatterns.reduce(text) { text, pattern in
            pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                             withTemplate: NSRegularExpression.escapedTemplate(for: Erasure.standIn.lowercased()))
        }
    }

    /// Whether `text` names the person, matched as `scrub` matches.
    func mentions(_ text: String) -> Bool {
        mentionPatterns.contains { $0.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
    }

    /// The name and the address, each bounded by something that is not a letter, digit or
    /// address character. The name matches as written (capitals included), so erasing "Will" or
    /// "May" leaves "will" and "may" alone; the address matches whatever the case.
    private var mentionPatterns: [NSRegularExpression] {
        let before = "(?<![\\p{L}\\p{N}@._+-])", after = "(?![\\p{L}\\p{N}@_+-]|\\.[\\p{L}\\p{N}])"
        return [(name, NSRegularExpression.Options()), (email, .caseInsensitive)].filter { !$0.0.isEmpty }.compactMap {
            try? NSRegularExpression(pattern: before + NSRegularExpression.escapedPattern(for: $0.0) + after, options: $0.1)
        }
    }
}
