/// One pass over the bytes for `TimeCheck`: clock times (3pm, 9:30 am, 15:30, "at 9"),
/// numeric dates, relative deadlines (EOD, COB, tonight) and zone abbreviations. A time or
/// deadline followed closely by a zone ("3pm IST", "15:00 UTC+1", "9 am Manila time", "your
/// time") is not reported as zone-less.
struct TimeScanner {
    enum Kind {
        case clock(minute: Int)
        case ambiguousDate(first: Int, second: Int, year: Int?)
        case relativeDeadline
        case zoneAbbreviation(String)
    }

    struct Hit { var kind: Kind; var start: Int; var end: Int }

    let p: UnsafeBufferPointer<UInt8>
    var hits: [Hit] = []
    var n: Int { p.count }

    init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

    static let abbreviations: Set<String> = [
        "UTC", "GMT", "IST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "BST", "CET", "CEST",
        "EET", "EEST", "WET", "AEST", "AEDT", "ACST", "AWST", "PHT", "PHST", "SGT", "HKT", "JST", "KST", "GST", "ICT", "WIB",
        "NZST", "NZDT", "AKST", "HST", "SAST", "WAT", "CAT", "EAT", "MSK", "PKT", "NPT", "AST", "SST", "Z",
    ]

    mutating func scan() -> [Hit] {
        var i = 0
        while i < n {
            let b = p[i]
            let boundary = i == 0 || !(isAlnum(p[i - 1]) || p[i - 1] == ASCII.colon || p[i - 1] == ASCII.slash || p[i - 1] == ASCII.dot || p[i - 1] == ASCII.minus)
            if isDigit(b) && boundary {
                i = number(i)
            } else if isLetter(b) && (i == 0 || !isAlnum(p[i - 1])) {
                i = word(i)
            } else {
                i += 1
            }
        }
        return hits
    }

    func wordEnd(_ i: Int) -> Int {
        var j = i
        while j < n && (isAlnum(p[j]) || p[j] == 39) { j += 1 }
        return j
    }

    /// The literal as a whole word (not the start of a longer one).
    func matches(_ i: Int, _ literal: StaticString) -> Bool {
        let end = i + literal.utf8CodeUnitCount
        return spells(p, at: i, literal) && (end == n || !isAlnum(p[end]))
    }

    // MARK: Numbers: clock times and dates

    mutating func number(_ start: Int) -> Int {
        var i = start
        var first = 0, digits = 0
        while i < n && isDigit(p[i]) && digits < 5 { first = first * 10 + Int(p[i] - 48); i += 1; digits += 1 }
        if i < n && isDigit(p[i]) { return skipDigits(i) }
        // 03/04/2026, 3.4.26, 03-04-2026
        if digits <= 2, i + 1 < n, p[i] == ASCII.slash || p[i] == ASCII.dot || p[i] == ASCII.minus, isDigit(p[i + 1]), let end = date(start, first: first, separator: p[i], at: i + 1) {
            return end
        }
        // 15:30, 9:30am
        var minute = -1
        var j = i
        if digits <= 2, j + 2 < n, p[j] == ASCII.colon, isDigit(p[j + 1]), isDigit(p[j + 2]), j + 3 == n || !isDigit(p[j + 3]) {
            minute = Int(p[j + 1] - 48) * 10 + Int(p[j + 2] - 48)
            j += 3
            // 10:30:00 — seconds belong to the same time.
            if j + 2 < n, p[j] == ASCII.colon, isDigit(p[j + 1]), isDigit(p[j + 2]) { j += 3 }
        }
        guard digits <= 2, minute < 60 else { return skipDigits(i) }
        var k = j
        if k < n && p[k] == ASCII.space { k += 1 }
        var meridiem: Int?
        if k + 1 < n, lower(p[k]) == 97 || lower(p[k]) == 112 {  // a / p
            let isPM = lower(p[k]) == 112
            if k + 1 < n, lower(p[k + 1]) == 109, k + 2 == n || !isAlnum(p[k + 2]) { meridiem = isPM ? 12 : 0; j = k + 2 }
            else if k + 3 < n, p[k + 1] == ASCII.dot, lower(p[k + 2]) == 109, p[k + 3] == ASCII.dot { meridiem = isPM ? 12 : 0; j = k + 4 }
        }
        var clock: Int?
        if let meridiem, (1...12).contains(first) {
            clock = (first % 12 + meridiem) * 60 + max(minute, 0)
        } else if minute >= 0, first <= 23 {
            clock = first * 60 + minute
        } else if minute < 0, (1...12).contains(first), afterTimeWord(start), bareHourEnds(j) {
            // "at 9", "by 5 tomorrow": a bare hour after a time preposition. Office hours: 1-6 are pm.
            clock = (first < 7 ? first + 12 : first) * 60
        }
        guard let clock else { return skipDigits(j) }
        if !zoneFollows(j) { hits.append(Hit(kind: .clock(minute: clock), start: start, end: j)) }
        return j
    }

    func skipDigits(_ i: Int) -> Int {
        var j = i
        while j < n && (isAlnum(p[j])) { j += 1 }
        return max(j, i + 1)
    }

    /// The day/month/year after the first number; ambiguous when both could be a month.
    mutating func date(_ start: Int, first: Int, separator: UInt8, at secondStart: Int) -> Int? {
        var i = secondStart, second = 0, digits = 0
        while i < n && isDigit(p[i]) && digits < 3 { second = second * 10 + Int(p[i] - 48); i += 1; digits += 1 }
        guard digits <= 2 else { return nil }
        var year: Int?
        if i + 1 < n, p[i] == separator, isDigit(p[i + 1]) {
            var y = 0, yd = 0, j = i + 1
            while j < n && isDigit(p[j]) && yd < 5 { y = y * 10 + Int(p[j] - 48); j += 1; yd += 1 }
            guard yd == 2 || yd == 4 else { return nil }
            year = yd == 2 ? 2000 + y : y
            i = j
        } else if separator != ASCII.slash {
            return nil  // "3.4" and "3-4" are numbers, not dates
        }
        guard i == n || !isAlnum(p[i]) else { return nil }
        if (1...12).contains(first), (1...12).contains(second), first != second {
            hits.append(Hit(kind: .ambiguousDate(first: first, second: second, year: year), start: start, end: i))
        }
        return i
    }

    /// "at", "by", "around", "until", "till", "before", "after", "from" just before `start`.
    func afterTimeWord(_ start: Int) -> Bool {
        var i = start - 1
        guard i > 0, p[i] == ASCII.space else { return false }
        let end = i
        while i > 0 && isLetter(p[i - 1]) { i -= 1 }
        guard i == 0 || !isAlnum(p[i - 1]) else { return false }
        for word: StaticString in ["at", "by", "around", "until", "till", "before", "after", "from"] where end - i == word.utf8CodeUnitCount && matches(i, word) {
            return true
        }
        return false
    }

    /// A bare hour ends the clause or comes before a day word ("at 9 tomorrow"), never before a
    /// noun ("at 9 sites") or another number.
    func bareHourEnds(_ i: Int) -> Bool {
        guard i < n else { return true }
        if p[i] == ASCII.dot || p[i] == ASCII.comma || p[i] == 33 || p[i] == 63 || p[i] == ASCII.newline || p[i] == 59 || p[i] == 41 {
            // "9.30" is a time written with a dot, "9.5" a number.
            return !(p[i] == ASCII.dot && i + 1 < n && isDigit(p[i + 1]))
        }
        guard p[i] == ASCII.space, i + 1 < n else { return i + 1 >= n }
        for word: StaticString in ["today", "tomorrow", "tonight", "on", "sharp", "o'clock", "your", "my", "our", "their", "and", "or", "then", "latest", "please", "if"]
        where matches(i + 1, word) { return true }
        return zoneFollows(i)
    }

    /// A zone within a few bytes: an abbreviation, UTC+5:30, "(Manila time)", "your time".
    func zoneFollows(_ end: Int) -> Bool {
        var i = end
        while i < n && (p[i] == ASCII.space || p[i] == ASCII.openParen) { i += 1 }
        guard i < n, i - end <= 3 else { return false }
        let e = wordEnd(i)
        guard e > i else { return false }
        let token = String(decoding: UnsafeBufferPointer(rebasing: p[i..<e]), as: UTF8.self)
        if TimeScanner.abbreviations.contains(token) { return true }
        if token.hasPrefix("UTC") || token.hasPrefix("GMT") { return true }
        // "Manila time", "your time", "local time" counts only with a city or person.
        var j = e
        if j < n && p[j] == ASCII.space { j += 1 }
        if matches(j, "time") {
            return isUpper(p[i]) || matches(i, "your") || matches(i, "my") || matches(i, "our") || matches(i, "their")
        }
        return false
    }

    // MARK: Words: relative deadlines and abbreviations

    mutating func word(_ start: Int) -> Int {
        let end = wordEnd(start)
        let length = end - start
        // Zone abbreviations are written in capitals.
        if (2...4).contains(length), (start..<end).allSatisfy({ isUpper(p[$0]) }) {
            let token = String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
            if TimeCheck.ambiguous[token] != nil || TimeCheck.seasonal[token] != nil {
                hits.append(Hit(kind: .zoneAbbreviation(token), start: start, end: end))
                return end
            }
        }
        // Most words start with a letter no deadline phrase starts with; they leave here.
        let phrases: [StaticString]
        switch lower(p[start]) {
        case 101: phrases = ["eod", "eob", "end of day", "end of the day", "end of business"]             // e
        case 99: phrases = ["cob", "close of business"]                                                   // c
        case 116: phrases = ["tonight", "this evening", "this afternoon", "tomorrow morning"]             // t
        case 102: phrases = ["first thing tomorrow"]                                                      // f
        case 108: phrases = ["later today"]                                                               // l
        default: return end
        }
        for phrase in phrases where matches(start, phrase) {
            let phraseEnd = start + phrase.utf8CodeUnitCount
            if !zoneFollows(phraseEnd) { hits.append(Hit(kind: .relativeDeadline, start: start, end: phraseEnd)) }
            return phraseEnd
        }
        return end
    }
}
