import CrosswiseStore
import Foundation

/// `/feedback/health`: the viewer's feedback per month and four shares, as plain sentences.
struct FeedbackHealthPage {
    struct Month { let label: String; let given, received, asked: Int }

    let months: [Month]
    let answered, speed, complete, inPlan: String
    let back = FeedbackRoute.home.path, ask = FeedbackRoute.ask.path

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init(_ health: FeedbackHealth) {
        months = health.months.map { month in
            let parts = month.month.split(separator: "-").compactMap { Int($0) }
            let label = parts.count == 2 && (1...12).contains(parts[1]) ? "\(Self.monthNames[parts[1] - 1]) \(parts[0])" : month.month
            return Month(label: label, given: month.given, received: month.received, asked: month.asked)
        }
        func share(_ part: Int, _ whole: Int) -> String { whole == 0 ? "none yet" : "\(part) of \(whole) (\(Int((Double(part) / Double(whole) * 100).rounded()))%)" }
        answered = share(health.answers, health.asks)
        speed = health.medianHoursToAnswer.map { $0 < 1 ? "under an hour" : $0 < 48 ? "\(Int($0.rounded())) hours" : "\(Int(($0 / 24).rounded())) days" }
            ?? "no answers yet"
        complete = share(health.completeGiven, health.given)
        inPlan = share(health.receivedInPlan, health.received)
    }
}
