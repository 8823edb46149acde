import FluentKit
import Foundation
import Skills
import Worldtime

/// How a person's feedback habit is going, from their own records only: how much they gave,
/// received and asked for per month, how many of their requests were answered and how fast,
/// how much of what they gave is complete SBI, and how much of what they received became plan
/// actions. Counts, never who said what.
public struct FeedbackHealth: Sendable, Equatable {
    public struct Month: Sendable, Equatable {
        /// "2026-12"
        public let month: String
        public let given, received, asked: Int
    }

    public let months: [Month]
    /// Asks in the person's requests, and those answered.
    public let asks, answers: Int
    /// The median time from request to answer, in hours; nil without answers.
    public let medianHoursToAnswer: Double?
    public let given, completeGiven: Int
    public let received, receivedInPlan: Int

    /// The months shown, newest last.
    public static let monthsShown = 6
    /// A part counts as written out from this many words: "good job" is not a situation.
    public static let wordsPerPart = 3

    /// An entry is complete SBI when situation, behaviour and impact each say something (three
    /// words or more) and a suggestion also says what to try next.
    public static func isComplete(_ entry: FeedbackEntry) -> Bool {
        func said(_ text: String?) -> Bool { (text ?? "").split(whereSeparator: \.isWhitespace).count >= wordsPerPart }
        return said(entry.situation) && said(entry.behaviour) && said(entry.impact) && (entry.feedbackKind == .praise || said(entry.nextTime))
    }

    /// Pure: the figures from the rows, for the months up to `now` (UTC months).
    public static func make(personID: UUID, entries: [FeedbackEntry], requests: [FeedbackRequest], asks: [FeedbackAsk],
                            inPlan: Set<UUID>, now: Date) -> FeedbackHealth {
        func month(_ date: Date?) -> String {
            let day = CivilDate(days: Int(((date ?? now).timeIntervalSince1970 / 86400).rounded(.down)))
            return String(day.description.prefix(7))
        }
        let today = CivilDate(days: Int((now.timeIntervalSince1970 / 86400).rounded(.down)))
        var keys: [String] = []
        for back in (0..<monthsShown).reversed() {
            var (year, m) = (today.year, today.month - back)
            while m < 1 { (year, m) = (year - 1, m + 12) }
            keys.append(String(format: "%04d-%02d", year, m))
        }
        let given = entries.filter { $0.$giver.id == personID }, received = entries.filter { $0.$receiver.id == personID }
        let months = keys.map { key in
            Month(month: key, given: given.filter { month($0.createdAt) == key }.count,
                  received: received.filter { month($0.createdAt) == key }.count,
                  asked: requests.filter { month($0.createdAt) == key }.count)
        }
        let created = Dictionary(requests.compactMap { r in r.id.map { ($0, r.createdAt ?? now) } }, uniquingKeysWith: { a, _ in a })
        let hours = asks.compactMap { ask -> Double? in
            guard let answered = ask.answeredAt, let asked = created[ask.$request.id] else { return nil }
            return max(0, answered.timeIntervalSince(asked) / 3600)
        }.sorted()
        let median: Double? = hours.isEmpty ? nil : hours.count % 2 == 1 ? hours[hours.count / 2]
            : (hours[hours.count / 2 - 1] + hours[hours.count / 2]) / 2
        return FeedbackHealth(months: months, asks: asks.count, answers: hours.count, medianHoursToAnswer: median,
                              given: given.count, completeGiven: given.filter(isComplete).count,
                              received: received.count, receivedInPlan: received.filter { $0.id.map(inPlan.contains) ?? false }.count)
    }
}

extension FeedbackBook {
    /// The person's own figures over the last `FeedbackHealth.monthsShown` months, in four
    /// statements: their entries both ways, their requests, the asks of those, their plans.
    public func health(of personID: UUID, now: Date) async throws -> FeedbackHealth {
        let since = now.addingTimeInterval(-Double(FeedbackHealth.monthsShown) * 31 * 86400)
        let entries = try await FeedbackEntry.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$createdAt >= since)
            .group(.or) { $0.filter(\.$receiver.$id == personID).filter(\.$giver.$id == personID) }.all()
        let requests = try await FeedbackRequest.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$asker.$id == personID)
            .filter(\.$createdAt >= since).all()
        let asks = requests.isEmpty ? [] : try await FeedbackAsk.query(on: db).filter(\.$request.$id ~~ requests.compactMap(\.id)).all()
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == personID).all()
        let inPlan = Set(plans.flatMap { plan in
            ((try? JSONDecoder().decode([PlanGoal].self, from: Data(plan.goals.utf8))) ?? []).flatMap { $0.actions.compactMap(\.fromFeedback) }
        })
        return FeedbackHealth.make(personID: personID, entries: entries, requests: requests, asks: asks, inPlan: inPlan, now: now)
    }
}
