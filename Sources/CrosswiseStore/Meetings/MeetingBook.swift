import FluentKit
import Foundation
import Worldtime

/// Booked meetings of one organization: booking what the planner proposed, the list of a
/// person's meetings, cancelling, and each team's fairness ledger computed from what was booked.
public struct MeetingBook: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let now: @Sendable () -> Date

    public init(db: any Database, organizationID: UUID, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.organizationID = organizationID
        self.now = now
    }

    /// One planned slot as it will be stored: its participants with their directory ids.
    public struct Booking: Sendable {
        public var start: Int64
        public var end: Int64
        public var attendance: [(participant: Participant, cost: Int, availability: Availability)]

        public init(slot: RankedSlot, participants: [Participant]) {
            start = slot.start
            end = slot.end
            attendance = slot.attendance.map { (participants[$0.participant], $0.cost, $0.availability) }
        }
    }

    /// Stores one meeting, or every occurrence of a series under one series id, in one
    /// transaction. Participants name people and clients by id (their keys); both are looked up
    /// inside this organization, so a key from elsewhere cannot attach someone. Two queries
    /// before the writes, whatever the number of participants. Everyone involved gets a
    /// "meeting booked" notice with the invitation, in the same transaction.
    @discardableResult
    public func book(title: String, organizerID: UUID, teamID: UUID?, zone: TimeZoneName, occurrences: [Booking]) async throws -> [Meeting] {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if title.isEmpty { errors.append(FieldError(.title, "Title is required")) }
        if title.count > 200 { errors.append(FieldError(.title, "Title is longer than 200 characters")) }
        if occurrences.isEmpty { errors.append(FieldError(.start, "There is nothing to book")) }
        guard errors.isEmpty else { throw ValidationFailure(errors) }

        let participants = occurrences.flatMap { $0.attendance.map(\.participant) }
        let found = try await Person.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$id ~~ Set(participants.compactMap(\.personID) + [organizerID])).all()
        let byID = Dictionary(found.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let people = Set(participants.compactMap(\.personID).filter { byID[$0] != nil })
        let clients = Set(try await Client.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$id ~~ Set(participants.compactMap(\.clientID))).all().compactMap(\.id))
        let organizationID = organizationID
        let seriesID = occurrences.count > 1 ? UUID() : nil
        let stamp = now()
        let notices = Notices(db: db, organizationID: organizationID, now: now)
        return try await db.transaction { db in
            var meetings: [Meeting] = []
            var booked: [MeetingNotices.Booked] = []
            for occurrence in occurrences {
                let meeting = Meeting(organizationID: organizationID, organizerID: organizerID, teamID: teamID, seriesID: seriesID,
                                      title: title, startsAt: occurrence.start, endsAt: occurrence.end, timeZone: zone.identifier)
                try await meeting.save(on: db)
                var rows: [MeetingAttendee] = []
                for (participant, cost, availability) in occurrence.attendance {
                    let personID = participant.personID.flatMap { people.contains($0) ? $0 : nil }
                    let clientID = participant.clientID.flatMap { clients.contains($0) ? $0 : nil }
                    guard personID != nil || clientID != nil else { continue }
                    rows.append(MeetingAttendee(meetingID: meeting.id!, personID: personID, clientID: clientID, participantKey: participant.key,
                                                name: participant.name, cost: cost, availability: availability.code))
                }
                try await rows.create(on: db)
                meetings.append(meeting)
                booked.append(.init(meeting: meeting, attendees: rows))
            }
            if let organizer = byID[organizerID] {
                let posted = MeetingNotices.notices(.request, booked, organizer: organizer, people: byID, stamp: stamp)
                try await notices.post(posted, to: found, on: db)
            }
            return meetings
        }
    }

    /// The booked meetings of these people that overlap a span, as busy ranges per person
    /// (organizing counts as attending). Two queries whatever the number of people.
    /// `excluding` leaves out a meeting being moved, so its old time does not block the new one.
    public func busyTimes(of personIDs: [UUID], during span: Range<Int64>, excluding: UUID? = nil) async throws -> [UUID: [Range<Int64>]] {
        guard !personIDs.isEmpty else { return [:] }
        let wanted = Set(personIDs)
        let attending = try await MeetingAttendee.query(on: db).filter(\.$person.$id ~~ personIDs)
            .join(Meeting.self, on: \MeetingAttendee.$meeting.$id == \Meeting.$id)
            .filter(Meeting.self, \.$organization.$id == organizationID)
            .filter(Meeting.self, \.$endsAt > span.lowerBound).filter(Meeting.self, \.$startsAt < span.upperBound).all()
        let organized = try await Meeting.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$organizer.$id ~~ personIDs)
            .filter(\.$endsAt > span.lowerBound).filter(\.$startsAt < span.upperBound).all()
        var busy: [UUID: [Range<Int64>]] = [:]
        for row in attending {
            guard let person = row.$person.id, wanted.contains(person), let meeting = try? row.joined(Meeting.self),
                  meeting.id != excluding || excluding == nil else { continue }
            busy[person, default: []].append(meeting.startsAt..<meeting.endsAt)
        }
        for meeting in organized where wanted.contains(meeting.$organizer.id) && (excluding == nil || meeting.id != excluding) {
            busy[meeting.$organizer.id, default: []].append(meeting.startsAt..<meeting.endsAt)
        }
        return busy
    }

    public func meeting(_ id: UUID) async throws -> Meeting? {
        try await Meeting.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID)
            .with(\.$attendees) { $0.with(\.$person) }.with(\.$organizer).first()
    }

    /// Meetings a person organizes or attends that end after `from`, soonest first.
    public func meetings(of personID: UUID, endingAfter from: Int64, limit: Int = 200) async throws -> [Meeting] {
        let attended = try await MeetingAttendee.query(on: db).filter(\.$person.$id == personID).all().map { $0.$meeting.id }
        return try await Meeting.query(on: db).filter(\.$organization.$id == organizationID)
            .group(.or) { $0.filter(\.$organizer.$id == personID).filter(\.$id ~~ attended) }
            .filter(\.$endsAt > from).sort(\.$startsAt).limit(limit)
            .with(\.$attendees) { $0.with(\.$person) }.with(\.$organizer).all()
    }

    /// A meeting the person may cancel (its organizer, or an admin), with the number of later
    /// occurrences in its series, for the page that asks before cancelling. Nil otherwise.
    public func cancellable(_ id: UUID, by personID: UUID, isAdmin: Bool) async throws -> (meeting: Meeting, laterInSeries: Int)? {
        guard let meeting = try await meeting(id), isAdmin || meeting.$organizer.id == personID else { return nil }
        guard let series = meeting.seriesID else { return (meeting, 0) }
        let later = try await Meeting.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$seriesID == series)
            .filter(\.$startsAt > meeting.startsAt).count()
        return (meeting, later)
    }

    /// Cancels a meeting, or the rest of its series from this occurrence on. Only the organizer
    /// or an admin may; anyone else gets "not found", like an id from another organization.
    /// Everyone involved gets a "meeting cancelled" notice with the cancellation, in the same
    /// transaction as the delete.
    public func cancel(_ id: UUID, by personID: UUID, isAdmin: Bool, wholeSeries: Bool) async throws -> Int {
        guard let meeting = try await meeting(id), isAdmin || meeting.$organizer.id == personID else { throw DirectoryError.notFound }
        var cancelled = [meeting]
        if wholeSeries, let series = meeting.seriesID {
            cancelled = try await Meeting.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$seriesID == series)
                .filter(\.$startsAt >= meeting.startsAt).sort(\.$startsAt).with(\.$attendees) { $0.with(\.$person) }.all()
        }
        let people = Dictionary(cancelled.flatMap(\.attendees).compactMap { row in row.person.flatMap { p in p.id.map { ($0, p) } } },
                                uniquingKeysWith: { a, _ in a })
        let notices = MeetingNotices.notices(.cancel, cancelled.map { .init(meeting: $0, attendees: $0.attendees) },
                                             organizer: meeting.organizer, people: people, stamp: now(),
                                             sequence: (cancelled.map(\.sequence).max() ?? 0) + 1)
        let poster = Notices(db: db, organizationID: organizationID, now: now)
        try await db.transaction { [cancelled] db in
            try await poster.post(notices, to: Array(people.values) + [meeting.organizer], on: db)
            for m in cancelled { try await m.delete(on: db) }
        }
        return cancelled.count
    }

    /// Who took the inconvenience in a team's booked meetings so far, keyed like the planner's
    /// participants (people by id, so a corrected e-mail keeps its history) so it carries
    /// straight into the next series.
    public func ledger(team teamID: UUID) async throws -> (ledger: FairnessLedger, names: [String: String], meetings: Int) {
        let meetings = try await Meeting.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$team.$id == teamID)
            .with(\.$attendees).all()
        var ledger = FairnessLedger()
        var names: [String: String] = [:]
        for meeting in meetings {
            for row in meeting.attendees {
                ledger.record(row.participantKey, cost: row.cost, availability: Availability(code: row.availability) ?? .working)
                names[row.participantKey] = row.name
            }
        }
        return (ledger, names, meetings.count)
    }

    // MARK: Subscription feeds

    /// A new secret feed address for a person, replacing any earlier one (which stops working).
    /// The token is returned once; only its hash is stored.
    public func newFeedToken(for personID: UUID) async throws -> String {
        let token = SecretToken.hex(bytes: 24)
        try await db.transaction { db in
            try await CalendarFeed.query(on: db).filter(\.$person.$id == personID).delete()
            try await CalendarFeed(personID: personID, tokenHash: SecretToken.digest(token)).save(on: db)
        }
        return token
    }

    public func hasFeed(_ personID: UUID) async throws -> Bool {
        try await CalendarFeed.query(on: db).filter(\.$person.$id == personID).first() != nil
    }

    public func stopFeed(_ personID: UUID) async throws {
        try await CalendarFeed.query(on: db).filter(\.$person.$id == personID).delete()
    }

    /// The active person whose feed this is, in any organization (the URL is the credential).
    public static func person(forFeed token: String, on db: any Database) async throws -> Person? {
        guard token.count == 48, token.allSatisfy(\.isHexDigit) else { return nil }
        guard let feed = try await CalendarFeed.query(on: db).filter(\.$tokenHash == SecretToken.digest(token)).with(\.$person).first(),
              feed.person.active else { return nil }
        return feed.person
    }
}
