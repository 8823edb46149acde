import Worldtime

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
    /// The month of the first date written with a month name ("14 July", "July 14") or as
    /// 2026-07-14: zone abbreviations are judged for that time of year. With the day (and the
    /// year) too, the judgement is for that very day: "3 March 2026 at 10:00 EST" is right,
    /// because New York only moves to EDT on 8 March.
    var month: Int?
    var day: Int?, year: Int?
    /// Where the last clock time ended, with or without a zone.
    var lastClockEnd: Int?
    var n: Int { p.count }

    init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

    static let abbreviations = Set<String>(arrayLiteral:
        "UTC", "GMT", "IST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "BST", "CET", "CEST",
        "EET", "EEST", "WET", "AEST", "AEDT", "ACST", "AWST", "PHT", "PHST", "SGT", "HKT", "JST", "KST", "GST", "ICT", "WIB",
        "NZST", "NZDT", "AKST", "HST", "SAST", "WAT", "CAT", "EAT", "MSK", "PKT", "NPT", "AST", "SST", "Z",
        // South America, the Gulf, South and South-East Asia, the Pacific and Europe's edges,
        // as tz abbreviations and common usage write them.
        "COT", "PET", "ART", "BRT", "BRST", "CLT", "CLST", "VET", "BOT", "ECT", "PYT", "UYT", "GFT", "SRT", "FNT",
        "WITA", "WIT", "MYT", "BNT", "MMT", "BDT", "LKT", "AFT", "IRST", "IRDT", "AZT", "GET", "AMT", "UZT", "TJT",
        "YEKT", "OMST", "NOVT", "KRAT", "IRKT", "YAKT", "VLAT", "MAGT", "PETT", "CHST", "ChST", "AKDT", "HDT", "NDT",
        "NST", "ADT", "AEST", "ACDT", "AWDT", "LHST", "NFT", "FJT", "TOT", "WST", "NCT", "VUT", "SBT", "PGT", "PONT",
        "IDT", "EEST", "MSD", "TRT", "WEST", "WEZ", "MEZ", "MESZ", "CAT", "EAT", "MUT", "SCT", "RET", "MVT", "IOT",
        "HKST", "TWT", "KDT", "JDT", "ULAT", "THA", "NZT"
    )

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
        // 2026-07-14: a year first is never ambiguous, but its month sets the season.
        if digits == 4, i + 5 < n, p[i] == ASCII.minus, isDigit(p[i + 1]), isDigit(p[i + 2]), p[i + 3] == ASCII.minus, isDigit(p[i + 4]) {
            let m = Int(p[i + 1] - 48) * 10 + Int(p[i + 2] - 48)
            if month == nil, (1...12).contains(m) {
                month = m
                year = first
                if i + 5 < n, isDigit(p[i + 5]) { day = Int(p[i + 4] - 48) * 10 + Int(p[i + 5] - 48) }
            }
            return skipDigits(i + 4)
        }
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
        lastClockEnd = j
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
        if year == nil, isCount(start, end: i) { return i }
        if (1...12).contains(first), (1...12).contains(second), first != second {
            hits.append(Hit(kind: .ambiguousDate(first: first, second: second, year: year), start: start, end: i))
        }
        return i
    }

    /// "retry 3/5", "[3/5]", "4/5 stars", "scored 3/4": a count or a score, not a date.
    func isCount(_ start: Int, end: Int) -> Bool {
        if start > 0, p[start - 1] == 91 || p[start - 1] == ASCII.openParen { return true }  // [3/5] (3/5)
        var i = start - 1
        while i >= 0 && p[i] == ASCII.space { i -= 1 }
        if i >= 0 && p[i] == ASCII.colon { return true }  // "progress: 3/5"
        let wordEnd = i + 1
        while i >= 0 && isLetter(p[i]) { i -= 1 }
        if wordEnd - (i + 1) >= 2 {
            let before = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<wordEnd]), as: UTF8.self).lowercased()
            if TimeScanner.countWordsBefore.contains(before) { return true }
        }
        var j = end
        while j < n && p[j] == ASCII.space { j += 1 }
        var k = j
        while k < n && isLetter(p[k]) { k += 1 }
        guard k > j else { return false }
        return TimeScanner.countWordsAfter.contains(String(decoding: UnsafeBufferPointer(rebasing: p[j..<k]), as: UTF8.self).lowercased())
    }

    static let countWordsBefore: Set<String> = ["retry", "retries", "attempt", "attempts", "try", "tries", "step", "steps", "page", "pages", "part", "test", "tests", "run", "runs", "scored", "score", "rated", "rating", "batch", "file", "files", "item", "items", "task", "tasks", "job", "jobs", "ticket", "tickets", "of", "passed", "failed", "done", "completed", "question", "round", "level", "stage", "phase", "shard", "node", "nodes", "replica", "replicas"]
    static let countWordsAfter: Set<String> = ["attempts", "retries", "tries", "stars", "star", "passed", "failed", "tests", "complete", "completed", "done", "succeeded", "items", "files", "rows", "records", "nodes", "healthy", "up", "ready", "correct", "points"]

    /// "at", "by", "around", "until", "till", "before", "after", "from", "to" just before `start`.
    func afterTimeWord(_ start: Int) -> Bool {
        var i = start - 1
        guard i > 0, p[i] == ASCII.space else { return false }
        let end = i
        while i > 0 && isLetter(p[i - 1]) { i -= 1 }
        guard i == 0 || !isAlnum(p[i - 1]) else { return false }
        for word: StaticString in ["at", "by", "around", "until", "till", "before", "after", "from", "to"] where end - i == word.utf8CodeUnitCount && matches(i, word) {
            // "moved to 11" is a time; "steps 3 to 5" is a range of numbers.
            if end - i == 2 && lower(p[i]) == 116 { return i >= 2 && isLetter(p[i - 2]) }
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
        for word: StaticString in ["today", "tomorrow", "tonight", "on", "sharp", "o'clock", "your", "my", "our", "their", "and", "or", "then", "latest", "please", "if", "before", "after", "when", "so", "to", "for"]
        where matches(i + 1, word) { return true }
        return zoneFollows(i)
    }

    /// A zone within a few bytes: an abbreviation, UTC+5:30, "(Manila time)", "your time".
    func zoneFollows(_ end: Int) -> Bool {
        zoneNear(end) || rangeEndsWithZone(end)
    }

    /// "1am to 3am IST", "9:00-12:00 Sydney time": the zone after the second time covers both.
    func rangeEndsWithZone(_ end: Int) -> Bool {
        var i = end
        while i < n && p[i] == ASCII.space { i += 1 }
        if i < n && p[i] == ASCII.minus { i += 1 }
        else if i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0x93 || p[i + 2] == 0x94) { i += 3 }  // – —
        else if matches(i, "to") || matches(i, "and") || matches(i, "until") || matches(i, "till") { i = wordEnd(i) }
        else { return false }
        while i < n && p[i] == ASCII.space { i += 1 }
        guard i < n, isDigit(p[i]) else { return false }
        while i < n && (isDigit(p[i]) || p[i] == ASCII.colon) { i += 1 }
        var k = i
        if k < n && p[k] == ASCII.space { k += 1 }
        if k + 1 < n, lower(p[k]) == 97 || lower(p[k]) == 112, lower(p[k + 1]) == 109, k + 2 == n || !isAlnum(p[k + 2]) { i = k + 2 }
        return zoneNear(i)
    }

    func zoneNear(_ end: Int) -> Bool {
        var i = end
        while i < n && (p[i] == ASCII.space || p[i] == ASCII.openParen) { i += 1 }
        guard i < n, i - end <= 3 else { return false }
        let e = wordEnd(i)
        guard e > i else { return false }
        let token = String(decoding: UnsafeBufferPointer(rebasing: p[i..<e]), as: UTF8.self)
        if TimeScanner.abbreviations.contains(token) { return true }
        if token.hasPrefix("UTC") || token.hasPrefix("GMT") { return true }
        // "in London", "in Manila": a city named right after the time.
        if matches(i, "in"), e + 1 < n, p[e] == ASCII.space, isUpper(p[e + 1]) { return true }
        // "Manila time", "New York time", "your time"; "local time" counts only with a city or person.
        if matches(i, "your") || matches(i, "my") || matches(i, "our") || matches(i, "their") {
            // "your time", "your local time"
            if e + 1 < n && p[e] == ASCII.space && matches(e + 1, "time") { return true }
            return e + 1 < n && p[e] == ASCII.space && matches(e + 1, "local") && e + 7 < n && matches(e + 7, "time")
        }
        // "08:00 US Eastern", "9am Eastern", "3pm Pacific time".
        var z = i
        if matches(z, "US") || matches(z, "U.S.") { z = wordEnd(z); while z < n && (p[z] == ASCII.dot || p[z] == ASCII.space) { z += 1 } }
        if matches(z, "eastern") || matches(z, "central") || matches(z, "pacific") || matches(z, "mountain") || matches(z, "atlantic") { return true }
        if isLetter(p[i]), TimeScanner.namesPlace(p, i) { return true }
        if cityLaterInClause(e) { return true }
        var j = i, words = 0
        while j < n && isUpper(p[j]) && words < 4 {
            j = wordEnd(j)
            words += 1
            guard j < n && p[j] == ASCII.space else { return false }
            j += 1
            if matches(j, "time") { return true }
        }
        return false
    }

    /// Whether one to three capitalised words at `i` name a city of 300,000 people or more
    /// ("09:00 Manila", "06:30 Bengaluru", "10:00 New York"): the reader knows which clock.
    static func namesPlace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i, words = 0
        var name = ""
        while j < p.count && words < 3 && (isLetter(p[j]) || p[j] >= 0xC0) {
            var k = j
            while k < p.count && (isLetter(p[k]) || p[k] >= 0x80 || p[k] == ASCII.minus) { k += 1 }
            name += (name.isEmpty ? "" : " ") + String(decoding: UnsafeBufferPointer(rebasing: p[j..<k]), as: UTF8.self)
            words += 1
            if TimeScanner.cities.contains(SearchText.words(name).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) { return true }
            guard k < p.count, p[k] == ASCII.space, k + 1 < p.count else { break }
            j = k + 1
        }
        return false
    }

    /// "my 6am shift here in Cebu", "the 2pm call with the team in Pune": a place named with
    /// "in" a few words on, before the clause ends, says whose clock it is.
    func cityLaterInClause(_ from: Int) -> Bool {
        var i = from, words = 0
        while i < n && words < 6 {
            let b = p[i]
            if b == ASCII.dot || b == ASCII.comma || b == 59 || b == ASCII.newline || b == 33 || b == 63 { return false }
            guard isLetter(b) else { i += 1; continue }
            let e = wordEnd(i)
            words += 1
            if (matches(i, "in") || matches(i, "from")), e + 1 < n, p[e] == ASCII.space, isLetter(p[e + 1]) || p[e + 1] >= 0xC0, TimeScanner.namesPlace(p, e + 1) { return true }
            i = e
        }
        return false
    }

    /// Folded names (and other names) of the bundled places of 300,000 people or more.
    static let cities: Set<String> = {
        var names: Set<String> = []
        for place in PlaceSearch.bundled.places where place.population >= 300_000 {
            for name in [place.name] + place.otherNames {
                let words = SearchText.words(name).map { String(decoding: $0, as: UTF8.self) }
                names.insert(words.joined(separator: " "))
                // "Cebu City", "Quezon City": people write "09:00 Cebu".
                if words.count > 1, words.last == "city" { names.insert(words.dropLast().joined(separator: " ")) }
            }
        }
        return names
    }()

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
        if month == nil, isUpper(p[start]), length >= 3, let named = TimeScanner.month(p, start, end), dayNumberNear(start, end) {
            month = named
            (day, year) = dayAndYear(start, end)
        }
        // Most words start with a letter no deadline phrase starts with; they leave here. The
        // literals are compared in place: arrays of them cost an accessor call per word.
        let phraseEnd: Int?
        let first = lower(p[start])
        guard first == 101 || first == 99 || first == 116 || first == 102 || first == 108 else { return end }  // e c t f l
        var letters = 0
        while start + letters < end && isLetter(p[start + letters]) { letters += 1 }
        switch first {
        // Each phrase's first word has a known length, which rules out "the", "team", "to"
        // (letters only: "tonight's" is "tonight").
        case 101 where letters == 3: phraseEnd = phrase(start, "eod") ?? phrase(start, "eob") ?? phrase(start, "end of day") ?? phrase(start, "end of the day") ?? phrase(start, "end of business")
        case 99 where letters == 3 || letters == 5: phraseEnd = phrase(start, "cob") ?? phrase(start, "close of business")
        case 116 where letters == 4 || letters == 7 || letters == 8: phraseEnd = phrase(start, "tonight") ?? phrase(start, "this evening") ?? phrase(start, "this afternoon") ?? phrase(start, "tomorrow morning")
        case 102 where letters == 5: phraseEnd = phrase(start, "first thing tomorrow")
        case 108 where letters == 5: phraseEnd = phrase(start, "later today")
        default: return end
        }
        guard let phraseEnd else { return end }
        // "at 7:30 PST tonight": the clock time already says when; "tonight" only names the day.
        if let last = hits.last, case .clock = last.kind, start - last.end <= 12 { return phraseEnd }
        if let last = lastClockEnd, start - last <= 12 { return phraseEnd }
        if !zoneFollows(phraseEnd) { hits.append(Hit(kind: .relativeDeadline, start: start, end: phraseEnd)) }
        return phraseEnd
    }

    /// Where the phrase ends if the text at `start` is that phrase as whole words.
    @inline(__always) func phrase(_ start: Int, _ literal: StaticString) -> Int? {
        matches(start, literal) ? start + literal.utf8CodeUnitCount : nil
    }

    /// 1-12 for "July", "Jul" or "Sept" (the month's name or its first three or more letters);
    /// nil for other words.
    static func month(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        // Months start with J, F, M, A, S, O, N or D; most capitalised words leave here.
        guard "jfmasond".utf8.contains(lower(p[start])), end - start >= 3 else { return nil }
        let word = UnsafeBufferPointer(rebasing: p[start..<end])
        if word.count == 4 && spells(p, at: start, "sept") { return 9 }
        for (index, name) in TimeCheck.monthNames.enumerated() where word.count <= name.utf8.count {
            if zip(word, name.utf8).allSatisfy({ lower($0) == lower($1) }) { return index + 1 }
        }
        return nil
    }

    /// The day and year around a month name: "3 March 2026", "March 3, 2026", "3rd of March".
    func dayAndYear(_ start: Int, _ end: Int) -> (Int?, Int?) {
        func number(at i: Int) -> (value: Int, end: Int)? {
            var j = i, v = 0
            while j < n && isDigit(p[j]) && j - i < 4 { v = v * 10 + Int(p[j] - 48); j += 1 }
            return j > i && (j == n || !isDigit(p[j])) ? (v, j) : nil
        }
        func skip(_ i: Int) -> Int {
            var j = i
            while j < n && (p[j] == ASCII.space || p[j] == ASCII.comma || p[j] == ASCII.dot) { j += 1 }
            return j
        }
        var day: Int?, year: Int?
        // After the name: a day ("March 3"), then maybe a year ("March 3, 2026"), or a year alone.
        if let after = number(at: skip(end)) {
            if after.value >= 1 && after.value <= 31 {
                day = after.value
                var k = after.end
                while k < n && isLetter(p[k]) && k - after.end < 2 { k += 1 }  // "3rd"
                if let y = number(at: skip(k)), y.value >= 1900 && y.value <= 2100 { year = y.value }
            } else if after.value >= 1900 && after.value <= 2100 {
                year = after.value
            }
        }
        // Before the name: "3 March", "3rd of March".
        if day == nil {
            var i = start - 1
            while i >= 0 && p[i] == ASCII.space { i -= 1 }
            if i >= 2 && spells(p, at: i - 1, "of") { i -= 2; while i >= 0 && p[i] == ASCII.space { i -= 1 } }
            while i >= 0 && isLetter(p[i]) && start - i < 8 { i -= 1 }
            var j = i
            while j >= 0 && isDigit(p[j]) && i - j < 2 { j -= 1 }
            if j < i, let d = number(at: j + 1), d.value >= 1 && d.value <= 31 { day = d.value }
        }
        return (day, year)
    }

    /// A day number just before ("14 July", "14th of July") or after ("July 14") a month name.
    func dayNumberNear(_ start: Int, _ end: Int) -> Bool {
        if end + 1 < n, p[end] == ASCII.space || p[end] == ASCII.dot, isDigit(p[end + 1]) || (end + 2 < n && p[end + 1] == ASCII.space && isDigit(p[end + 2])) { return true }
        var i = start - 1
        while i >= 0 && p[i] == ASCII.space { i -= 1 }
        if i >= 2 && spells(p, at: i - 1, "of") { i -= 2; while i >= 0 && p[i] == ASCII.space { i -= 1 } }
        while i >= 0 && isLetter(p[i]) && start - i < 8 { i -= 1 }  // "14th"
        return i >= 0 && isDigit(p[i])
    }
}
