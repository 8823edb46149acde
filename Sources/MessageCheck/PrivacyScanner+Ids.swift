/// Identifiers made of letters and digits: IBAN, India's PAN, the UK's National Insurance number,
/// passport numbers after the word "passport", and dates of birth after "born" or "DOB".
extension PrivacyScanner {
    /// "GB82 WEST 1234 5698 7654 32" or written without spaces; the country fixes the length.
    func iban(from start: Int, wordEnd: Int) -> Int? {
        guard wordEnd - start >= 4, isUpper(p[start]), isUpper(p[start + 1]), isDigit(p[start + 2]), isDigit(p[start + 3]) else { return nil }
        let country = String(decoding: [p[start], p[start + 1]], as: UTF8.self)
        guard let length = Checksums.ibanLengths[country] else { return nil }
        var chars: [UInt8] = []
        chars.reserveCapacity(length)
        var i = start
        while i < n && chars.count < length {
            if isAlnum(p[i]) {
                chars.append(p[i]); i += 1
            } else if p[i] == ASCII.space && i + 1 < n && isAlnum(p[i + 1]) && !chars.isEmpty {
                i += 1
            } else {
                break
            }
        }
        guard chars.count == length, i == n || !isAlnum(p[i]), Checksums.iban(chars) else { return nil }
        return i
    }

    /// AAAPL1234C: five letters (the fourth says what kind of holder), four digits, a letter.
    func isPAN(_ s: Int) -> Bool {
        for k in 0..<5 where !isUpper(p[s + k]) { return false }
        for k in 5..<9 where !isDigit(p[s + k]) { return false }
        return isUpper(p[s + 9]) && "ABCFGHJKLPT".utf8.contains(p[s + 3])
    }

    /// AB 12 34 56 C: two letters (a few pairs are never issued), six digits, A to D.
    func nino(from start: Int) -> Int? {
        guard start + 9 <= n, isUpper(p[start]), isUpper(p[start + 1]) else { return nil }
        let a = p[start], b = p[start + 1]
        guard !"DFIQUV".utf8.contains(a), !"DFIOQUV".utf8.contains(b) else { return nil }
        let pair = String(decoding: [a, b], as: UTF8.self)
        guard !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(pair) else { return nil }
        var i = start + 2, digits = 0
        while i < n && digits < 6 {
            if isDigit(p[i]) { digits += 1; i += 1 }
            else if p[i] == ASCII.space && i + 1 < n && isDigit(p[i + 1]) { i += 1 }
            else { break }
        }
        guard digits == 6 else { return nil }
        if i < n && p[i] == ASCII.space { i += 1 }
        guard i < n, (65...68).contains(p[i]) else { return nil }
        i += 1
        return i == n || !isAlnum(p[i]) ? i : nil
    }

    /// A passport number shortly after "passport": six to nine capitals and digits, mostly digits.
    func passportNumber(_ start: Int, _ end: Int) -> Int? {
        guard (6...9).contains(end - start) else { return nil }
        var digits = 0
        for i in start..<end {
            if isDigit(p[i]) { digits += 1 } else if !isUpper(p[i]) { return nil }
        }
        return digits >= 5 ? end : nil
    }

    static let months: [StaticString] = ["january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december",
                                         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// A date within a few words after "born", "DOB", "date of birth": 17/05/1990, 1990-05-17,
    /// 17 May 1990, May 17, 1990.
    mutating func birthDate(after contextEnd: Int) -> Int? {
        var i = contextEnd
        let limit = min(n, contextEnd + 30)
        var words = 0
        // Up to three short words ("on", "is", "the") and punctuation before the date.
        while i < limit {
            if isDigit(p[i]) || startsMonth(i) { break }
            if isLetter(p[i]) {
                var j = i
                while j < n && isLetter(p[j]) { j += 1 }
                words += 1
                if words > 3 || j - i > 6 { return nil }
                i = j
            } else {
                i += 1
            }
        }
        guard i < limit else { return nil }
        let start = i
        var end = -1
        if isDigit(p[i]) {
            end = numericDate(i) ?? dayMonthYear(i) ?? -1
        } else if let monthEnd = monthWord(i) {
            // May 17, 1990
            var j = monthEnd
            while j < n && p[j] == ASCII.space { j += 1 }
            let dayEnd = digitsRun(j, max: 2)
            if dayEnd > j {
                var k = dayEnd
                if k < n && p[k] == ASCII.comma { k += 1 }
                while k < n && p[k] == ASCII.space { k += 1 }
                let yearEnd = digitsRun(k, max: 4)
                if yearEnd - k == 4 { end = yearEnd }
            }
        }
        guard end > start else { return nil }
        add(.birthDate, start, end)
        return end
    }

    func startsMonth(_ i: Int) -> Bool { isLetter(p[i]) && monthWord(i) != nil }

    func monthWord(_ i: Int) -> Int? {
        var j = i
        while j < n && isLetter(p[j]) { j += 1 }
        for month in Self.months where month.utf8CodeUnitCount == j - i && matches(i, month) { return j }
        return nil
    }

    func digitsRun(_ i: Int, max: Int) -> Int {
        var j = i
        while j < n && j - i < max && isDigit(p[j]) { j += 1 }
        return j < n && isDigit(p[j]) ? i : j
    }

    /// 17/05/1990, 05-17-1990, 1990-05-17, 17.05.90.
    func numericDate(_ i: Int) -> Int? {
        var groups: [Int] = []
        var j = i, separator: UInt8 = 0
        while j < n {
            let end = digitsRun(j, max: 4)
            guard end > j else { return nil }
            groups.append(end - j)
            j = end
            guard groups.count < 3, j + 1 < n, [ASCII.slash, ASCII.minus, ASCII.dot].contains(p[j]), isDigit(p[j + 1]) else { break }
            if separator == 0 { separator = p[j] } else if separator != p[j] { return nil }
            j += 1
        }
        guard groups.count == 3, groups == [4, 2, 2] || groups == [4, 1, 1] || (groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 4 || groups[2] == 2)) else { return nil }
        return j
    }

    /// 17 May 1990.
    func dayMonthYear(_ i: Int) -> Int? {
        let dayEnd = digitsRun(i, max: 2)
        guard dayEnd > i, dayEnd < n, p[dayEnd] == ASCII.space, let monthEnd = monthWord(dayEnd + 1) else { return nil }
        var k = monthEnd
        if k < n && p[k] == ASCII.comma { k += 1 }
        while k < n && p[k] == ASCII.space { k += 1 }
        let yearEnd = digitsRun(k, max: 4)
        return yearEnd - k == 4 ? yearEnd : nil
    }
}
