import Foundation
import Testing
@testable import Worldtime

/// Booked meetings are busy time, and no slot is offered in the past.
@Suite struct PlannerBusyTests {
    func request(busy: [Range<Int64>] = [], notBefore: Int64? = nil) throws -> MeetingRequest {
        var angelica = try person("Angelica", "Asia/Manila", "Mon-Fri 21:00-06:00", region: "PH")
        angelica.busy = busy
        var request = MeetingRequest(participants: [angelica, try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00", region: "US")],
                                     durationMinutes: 30, from: CivilDate(year: 2026, month: 12, day: 1), days: 5)
        request.notBefore = notBefore
        return request
    }

    @Test func aBookedSlotIsNeverOfferedAgainEvenWhenHolidaysAreForced() throws {
        let best = try #require(try MeetingPlanner(request()).rank(limit: 1).first)
        var taken = try request(busy: [best.start..<best.end])
        taken.forceHolidays = true
        let planner = try MeetingPlanner(taken)
        #expect(planner.slot(startingAt: best.start) == nil)
        #expect(!planner.rank(limit: 500).contains { $0.start < best.end && $0.end > best.start })
        #expect(planner.availability(of: 0, at: best.start) == .busy)
        // The other participant's availability is untouched.
        #expect(planner.availability(of: 1, at: best.start) != .busy)
    }

    @Test func noSlotStartsBeforeNotBefore() throws {
        let all = try MeetingPlanner(request()).rank(limit: 500)
        let middle = all.map(\.start).sorted()[all.count / 2]
        let planner = try MeetingPlanner(request(notBefore: middle))
        let ranked = planner.rank(limit: 500)
        #expect(!ranked.isEmpty && ranked.allSatisfy { $0.start >= middle })
        let early = try #require(all.map(\.start).filter { $0 < middle }.first)
        #expect(planner.slot(startingAt: early) == nil)
    }
}
