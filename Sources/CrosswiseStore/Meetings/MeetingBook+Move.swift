import FluentKit
import Foundation
import Worldtime

extension MeetingBook {
    /// Moves one booked meeting (one occurrence of a series stays in its series) to a slot
    /// planned again for it: its times, attendees and what each pays are replaced, its sequence
    /// goes up, and in one transaction everyone still invited gets "meeting moved" with the new
    /// invitation (same UID, higher SEQUENCE, so calendar programs move the event they have)
    /// while anyone the new plan leaves out gets the cancellation. Only the organizer may move a
    /// meeting: the new plan is theirs. Anyone else gets "not found".
    @discardableResult
    public func move(_ id: UUID, by organizerID: UUID, to occurrence: Booking) async throws -> Meeting {
        guard let meeting = try await meeting(id), meeting.$organizer.id == organizerID else { throw DirectoryError.notFound }
        guard occurrence.end > occurrence.start else { throw ValidationFailure([FieldError(.start, "There is nothing to book")]) }
        let before = Dictionary(meeting.attendees.compactMap { row in row.person.flatMap { p in p.id.map { ($0, p) } } }, uniquingKeysWith: { a, _ in a })
        let participants = occurrence.attendance.map(\.participant)
        let found = try await Person.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$id ~~ Set(participants.compactMap(\.personID))).all()
        let after = Dictionary(found.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let clients = Set(try await Client.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$id ~~ Set(participants.compactMap(\.clientID))).all().compactMap(\.id))
        let dropped = Set(before.keys).subtracting(after.keys).subtracting([organizerID])
        // Someone the new plan adds was never invited: for them it is a booking, not a move.
        let added = Set(after.keys).subtracting(before.keys).subtracting([organizerID])
        let oldAttendees = meeting.attendees
        let organizer = meeting.organizer
        let poster = Notices(db: db, organizationID: organizationID, now: now)
        let stamp = now()
        return try await db.transaction { db in
            let cancellation = MeetingNotices.notices(.cancel, [.init(meeting: meeting, attendees: oldAttendees)], organizer: organizer,
                                                      people: before, stamp: stamp, sequence: meeting.sequence + 1, only: dropped)
            meeting.startsAt = occurrence.start
            meeting.endsAt = occurrence.end
            meeting.sequence += 1
            try await meeting.save(on: db)
            try await MeetingAttendee.query(on: db).filter(\.$meeting.$id == id).delete()
            var rows: [MeetingAttendee] = []
            for (participant, cost, availability) in occurrence.attendance {
                let personID = participant.personID.flatMap { after[$0] != nil ? $0 : nil }
                let clientID = participant.clientID.flatMap { clients.contains($0) ? $0 : nil }
                guard personID != nil || clientID != nil else { continue }
                rows.append(MeetingAttendee(meetingID: id, personID: personID, clientID: clientID, participantKey: participant.key,
                                            name: participant.name, cost: cost, availability: availability.code))
            }
            try await rows.create(on: db)
            let moved = MeetingNotices.notices(.request, [.init(meeting: meeting, attendees: rows)], organizer: organizer, people: after,
                                               stamp: stamp, sequence: meeting.sequence, moved: true,
                                               only: Set(after.keys).union([organizerID]).subtracting(added))
            let booked = MeetingNotices.notices(.request, [.init(meeting: meeting, attendees: rows)], organizer: organizer, people: after,
                                                stamp: stamp, sequence: meeting.sequence, only: added)
            try await poster.post(cancellation + moved + booked, to: Array(before.values) + Array(after.values) + [organizer], on: db)
            return meeting
        }
    }
}
