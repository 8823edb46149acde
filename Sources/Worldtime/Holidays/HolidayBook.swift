import Foundation

/// The built-in public holidays, read from `holidays.txt` (our own rule format, one holiday a
/// line; the file's header explains it). A country section lists national holidays; a
/// subdivision section ("== US-CA") adds to them and can drop some with "drop NAME".
struct HolidayBook: Sendable {
    struct Section: Sendable {
        var rules: [HolidayRule] = []
        var drops: Set<String> = []
        var weekend: WeekdaySet?
        /// The substitute rule for lines that say "obs" without spelling one out.
        var defaultObserve: ShiftRule?
    }

    var sections: [String: Section] = [:]

    static let builtIn: HolidayBook = {
        guard let url = Bundle.module.url(forResource: "holidays", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return HolidayBook() }
        do {
            return try HolidayBook.parse(text)
        } catch {
            // The book ships with the binary and a test parses it, so this is a build mistake.
            fatalError("holidays.txt: \(error)")
        }
    }()

    static func parse(_ text: String) throws(HolidayBookError) -> HolidayBook {
        var book = HolidayBook()
        var current: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            // "#" starts a comment at the start of a line or after a space ("mon#3 jan" is a date).
            let uncommented = rawLine.range(of: " #").map { rawLine[..<$0.lowerBound] } ?? rawLine[...]
            let line = uncommented.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("==") {
                let region = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                guard !region.isEmpty else { throw HolidayBookError(line: lineNumber, problem: "a section needs a region code") }
                current = region
                if book.sections[region] == nil {
                    // A subdivision starts with its country's substitute rule and weekend.
                    let country = book.sections[String(region.prefix { $0 != "-" })]
                    book.sections[region] = Section(weekend: country?.weekend, defaultObserve: country?.defaultObserve)
                }
                continue
            }
            guard let region = current else { throw HolidayBookError(line: lineNumber, problem: "a holiday before any == section") }
            let words = line.split(separator: " ", maxSplits: 1)
            switch words[0] {
            case "drop":
                book.sections[region]!.drops.insert(words.count > 1 ? String(words[1]) : "")
            case "weekend":
                guard words.count > 1, let days = try? WeekdaySet.parse(String(words[1])) else {
                    throw HolidayBookError(line: lineNumber, problem: "weekend needs days like “fri sat”")
                }
                book.sections[region]!.weekend = days
            case "observe":
                guard words.count > 1, let rule = ShiftRule.parse(words[1]) else {
                    throw HolidayBookError(line: lineNumber, problem: "observe needs a rule like “sat-1,sun+1”")
                }
                book.sections[region]!.defaultObserve = rule
            default:
                let rule = try parseRule(line, line: lineNumber, defaultObserve: book.sections[region]!.defaultObserve)
                book.sections[region]!.rules.append(rule)
            }
        }
        return book
    }

    /// "WHEN | NAME | OPTIONS", for example "mon#3 jan | Martin Luther King Jr. Day | from=1986".
    static func parseRule(_ text: String, line: Int, defaultObserve: ShiftRule?) throws(HolidayBookError) -> HolidayRule {
        let fields = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count >= 2, !fields[1].isEmpty else {
            throw HolidayBookError(line: line, problem: "expected “when | name | options”")
        }
        var whenWords = fields[0].split(separator: " ").map(String.init)
        var offset = 0
        if let last = whenWords.last, last.count > 1, last.first == "+" || last.first == "-", let n = Int(last.dropFirst()) {
            offset = last.first == "+" ? n : -n
            whenWords.removeLast()
        }
        guard let date = parseDate(whenWords) else {
            throw HolidayBookError(line: line, problem: "cannot read the date “\(fields[0])”")
        }
        var rule = HolidayRule(date: date, offset: offset, name: fields[1])
        for option in fields.count > 2 ? fields[2].split(separator: " ") : [] {
            let pair = option.split(separator: "=", maxSplits: 1)
            let key = pair[0], value = pair.count > 1 ? pair[1] : ""
            switch key {
            case "obs":
                guard let shift = value.isEmpty ? defaultObserve : ShiftRule.parse(value) else {
                    throw HolidayBookError(line: line, problem: "“obs” needs a rule or a section “observe” line")
                }
                rule.observe = shift
            case "move":
                guard let shift = ShiftRule.parse(value) else { throw HolidayBookError(line: line, problem: "bad move rule “\(value)”") }
                rule.move = shift
            case "from": rule.from = Int(value)
            case "until": rule.until = Int(value)
            case "every":
                let p = value.split(separator: "@")
                guard p.count == 2, let period = Int(p[0]), let base = Int(p[1]), period > 0 else {
                    throw HolidayBookError(line: line, problem: "every needs “4@2024”")
                }
                rule.every = (period, base)
            case "shift-from": rule.shiftFrom = Int(value)
            case "leap":
                guard let n = Int(value.hasPrefix("+") ? value.dropFirst() : value) else {
                    throw HolidayBookError(line: line, problem: "leap needs a number of days like “-1”")
                }
                rule.leapShift = n
            case "except":
                rule.except = Set(value.split(separator: ",").compactMap { Int($0) })
            case "only":
                rule.only = Set(value.split(separator: ",").compactMap { Int($0) })
            default:
                throw HolidayBookError(line: line, problem: "unknown option “\(option)”")
            }
        }
        return rule
    }

    static func parseDate(_ words: [String]) -> RuleDate? {
        func monthDay(_ text: String) -> (Int, Int)? {
            let p = text.split(separator: "-")
            guard p.count == 2, let m = Int(p[0]), let d = Int(p[1]), (1...12).contains(m), (1...31).contains(d) else { return nil }
            return (m, d)
        }
        switch words.count {
        case 1:
            let word = words[0]
            if word == "easter" { return .easter(orthodox: false) }
            if word == "orthodox-easter" { return .easter(orthodox: true) }
            if word == "parsi-new-year" { return .parsiNewYear }
            if let date = CivilDate(iso: word) { return .once(date) }
            if let (m, d) = monthDay(word) { return .fixed(month: m, day: d) }
            // "mon>=05-25", "mon<=05-24"
            for (op, forward) in [(">=", true), ("<=", false)] {
                if let r = word.range(of: op), let day = Weekday(text: String(word[..<r.lowerBound])),
                   let (m, d) = monthDay(String(word[r.upperBound...])) {
                    return .weekdayFrom(day, month: m, day: d, forward: forward)
                }
            }
            return nil
        case 2:
            if let calendar = LunarCalendar(rawValue: words[0]), let (m, d) = monthDay(words[1]) {
                return .lunar(calendar, month: m, day: d)
            }
            if words[0] == "hindu" { return .festival(words[1]) }
            // "mon#3 jan", "mon#last may"
            let p = words[0].split(separator: "#")
            guard p.count == 2, let day = Weekday(text: String(p[0])), let month = monthNumber(words[1]) else { return nil }
            if p[1] == "last" { return .nthWeekday(-1, day, month: month) }
            guard let n = Int(p[1]), (1...5).contains(n) else { return nil }
            return .nthWeekday(n, day, month: month)
        default:
            return nil
        }
    }

    static func monthNumber(_ text: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex(of: text.lowercased()).map { $0 + 1 }
    }
}

struct HolidayBookError: Error, CustomStringConvertible {
    var line: Int
    var problem: String
    var description: String { "line \(line): \(problem)" }
}
