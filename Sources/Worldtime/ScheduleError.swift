/// What is wrong with a schedule a person typed, in words they can act on.
public enum ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformedTime(String)
    case timeOutOfRange(String)
    case malformedRange(String)
    case emptyRange(String)
    case startsAtEndOfDay(String)
    case unknownDay(String)
    case missingDays(String)
    case overlappingRanges(Weekday, String)
    /// A 24-hour start with a bare end hour before it: either half of the day fits.
    case ambiguousRange(typed: String, evening: String, overnight: String)

    public var description: String {
        switch self {
        case .malformedTime(let text): "“\(text)” is not a time; write it as 09:30, 9:30am or 9h30"
        case .timeOutOfRange(let text): "“\(text)” is not a time of day; hours run from 00 to 23 (1 to 12 with am or pm) and minutes from 00 to 59 (24:00 may end a range, for midnight)"
        case .malformedRange(let text): "“\(text)” is not a range; write it as start-end, for example 09:00-17:30 or 9am-5:30pm"
        case .emptyRange(let text): "“\(text)” starts and ends at the same time; for the whole day write 00:00-24:00"
        case .startsAtEndOfDay(let text): "“\(text)” starts at 24:00, the end of the day; start it at 00:00 instead"
        case .unknownDay(let text): "“\(text)” is not a day of the week; use Mon, Tue, Wed, Thu, Fri, Sat or Sun"
        case .missingDays(let text): "“\(text)” needs days before the hours, for example Mon-Fri 09:00-17:00"
        case .overlappingRanges(let day, let text): "\(day.name) has overlapping ranges (\(text))"
        case .ambiguousRange(let typed, let evening, let overnight):
            "“\(typed)” could mean \(evening) or \(overnight); write the end as a 24-hour time, for example \(evening) or \(overnight)"
        }
    }
}
