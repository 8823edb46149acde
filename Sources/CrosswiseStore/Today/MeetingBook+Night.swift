import FluentKit
import Foundation
import Worldtime

extension MeetingBook {
    /// One person's place in a booked meeting at an hour the planner counted as theirs to sleep.
    public struct NightSeat: Sendable {
        public let personID: UUID
        public let name: String
        public let title: String
        /// Seconds since 1970, UTC.
        public let startsAt: Int64
    }

    /// Seats of these people in meetings starting in `span` that were booked into their sleep
    /// hours, soonest first: one statement. The status is the one kept when booking, so a
    /// later change of someone's hours does not rewrite what the meeting cost them.
    public func nightSeats(of personIDs: [UUID], startingIn span: Range<Int64>) async throws -> [NightSeat] {
        guard !personIDs.isEmpty else { return [] }
        let rows = try await MeetingAttendee.query(on: db)
            .join(Meeting.self, on: \MeetingAttendee.$meeting.$id == \Meeting.$id)
            .filter(Meeting.self, \.$organization.$id == organizationID)
            .filter(Meeting.self, \.$startsAt >= span.lowerBound).filter(Meeting.self, \.$startsAt < span.upperBound)
            .filter(\.$person.$id ~~ personIDs).filter(\.$availability == Availability.night.code)
            .all()
        return try rows.compactMap { row in
            let meeting = try row.joined(Meeting.self)
            guard let personID = row.$person.id else { return nil }
            return NightSeat(personID: personID, name: row.name, title: meeting.title, startsAt: meeting.startsAt)
        }.sorted { ($0.startsAt, $0.name) < ($1.startsAt, $1.name) }
    }
}
