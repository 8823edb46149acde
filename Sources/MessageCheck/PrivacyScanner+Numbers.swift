/// Runs of digits with the separators people type (spaces, dashes, dots, slashes, brackets,
/// a leading plus): cards, national ids, phone numbers and IP addresses, told apart by their
/// digit count, grouping and check digits.
extension PrivacyScanner {
    /// Which separators a run used, as bits (a Set would allocate for every number).
    struct Separators: OptionSet {
        let rawValue: UInt8
        static let space = Separators(rawValue: 1), dash = Separators(rawValue: 2), dot = Separators(rawValue: 4), slash = Separators(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(byte: UInt8) {
            switch byte {
            case ASCII.space: self = .space
            case ASCII.minus: self = .dash
            case ASCII.dot: self = .dot
            default: self = .slash
            }
        }
    }

    /// The digit groups of a run and what separated them.
    struct Run {
        var start: Int
        var end: Int
        var digits: [UInt8] = []
        var groups: [Int] = []
        var separators: Separators = []
        var plus = false
        var parenthesis = false
    }

    /// Reads the run at `start`, classifies it (or its space-separated pieces), and returns
    /// where scanning goes on.
    mutating func number(from start: Int) -> Int {
        let run = readRun(start)
        if start - passportContext < 40, run.groups.count == 1, (6...9).contains(run.digits.count), !run.plus {
            add(.passport, run.start, run.end)
            return run.end
        }
        // "The order number for your exchange is 415-555-0932": the record word may be a few
        // words back.
        let namesRecord = run.start - referenceContext < 40
        if namesRecord { referenceContext = -1000 }
        if let kind = classify(run) {
            if !(kind == .phone && namesRecord) { add(kind, run.start, run.end) }
        } else if run.separators.contains(.space) {
            // "ref 10293 555-201-7788": try each piece between spaces on its own.
            var pieceStart = run.start
            var i = run.start
            while i <= run.end {
                if i == run.end || p[i] == ASCII.space {
                    let piece = readRun(pieceStart, stopAtSpace: true)
                    if piece.end > piece.start, let kind = classify(piece) { add(kind, piece.start, piece.end) }
                    pieceStart = i + 1
                }
                i += 1
            }
        }
        // A run glued to letters ("12abc") was a word, not a number.
        var end = run.end
        while end < n && isAlnum(p[end]) { end += 1 }
        return max(end, start + 1)
    }

    func readRun(_ start: Int, stopAtSpace: Bool = false) -> Run {
        var run = Run(start: start, end: start)
        run.digits.reserveCapacity(24)
        run.groups.reserveCapacity(8)
        var i = start
        if p[i] == ASCII.plus { run.plus = true; i += 1 }
        var groupLength = 0
        while i < n && run.digits.count <= 24 {
            let b = p[i]
            if isDigit(b) {
                run.digits.append(b); groupLength += 1; i += 1
                run.end = i
                continue
            }
            // One separator (or ") " / " (") between digit groups; anything else ends the run.
            let isSeparator = b == ASCII.minus || b == ASCII.dot || b == ASCII.slash || b == ASCII.openParen || b == ASCII.closeParen
                || (b == ASCII.space && !stopAtSpace)
            guard isSeparator else { break }
            var j = i + 1
            if j < n && (p[j] == ASCII.space && !stopAtSpace || p[j] == ASCII.openParen) && b != p[j] { j += 1 }
            guard j < n, isDigit(p[j]) else { break }
            if groupLength > 0 { run.groups.append(groupLength) }
            groupLength = 0
            for k in i..<j { if p[k] == ASCII.openParen || p[k] == ASCII.closeParen { run.parenthesis = true } else { run.separators.insert(Separators(byte: p[k])) } }
            i = j
        }
        if groupLength > 0 { run.groups.append(groupLength) }
        if p[start] == ASCII.openParen { run.parenthesis = true }
        return run
    }

    func classify(_ run: Run) -> PrivacyCheck.Kind? {
        let d = run.digits, g = run.groups, count = d.count
        guard count >= 7 else { return nil }
        let onlyDash = run.separators.isSubset(of: .dash)
        let spaceOrDash = run.separators.isSubset(of: [.space, .dash])
        // IPv4: four dotted numbers up to 255.
        if run.separators == .dot, g.count == 4, !run.plus, !run.parenthesis, g.allSatisfy({ $0 <= 3 }) {
            var offset = 0, valid = true
            for length in g {
                if Checksums.number(d[offset..<offset + length]) > 255 { valid = false }
                offset += length
            }
            if valid && run.start - versionContext >= 12 { return .ip }
            if valid { return nil }
        }
        if run.separators.contains(.slash) || (run.separators.contains(.dot) && !run.plus && g.count != 3) { return nil }
        if !run.plus && spaceOrDash && !run.parenthesis {
            if (13...19).contains(count), g.count == 1 || g.dropLast().allSatisfy({ $0 == 4 }) || g == [4, 6, 5] || g == [4, 6, 4],
               Checksums.luhn(d), cardBrand(d) { return .card }
            if count == 12, g == [12] || g == [4, 4, 4], d[0] >= 50, d != d.reversed(), Checksums.verhoeff(d),
               g != [12] || run.start - idContext < 30 || !isPhoneShape(run) { return .aadhaar }
            if count == 9, g == [3, 2, 4] || (g == [9] && run.start - ssnContext < 30), Checksums.usSSN(d) { return .usSSN }
            if onlyDash && g == [2, 7, 1] { return .sss }
            if onlyDash && g == [2, 9, 1] { return .philhealth }
            if onlyDash && g == [4, 7, 1] { return .umid }
            if onlyDash && (g == [3, 3, 3] || g == [3, 3, 3, 3] || g == [3, 3, 3, 5]) { return .tin }
            if g.count == 1, run.start - idContext < 30 {
                if count == 10 { return .sss }
                if count == 9 || count == 12 { return .tin }
            }
        }
        return isPhoneShape(run) ? .phone : nil
    }

    /// Visa, Mastercard, American Express, Discover, JCB, Diners Club, UnionPay, Maestro and
    /// RuPay start with these digits; a Luhn-valid number with another start is not a card.
    func cardBrand(_ d: [UInt8]) -> Bool {
        func prefix(_ k: Int) -> Int { Checksums.number(d[0..<k]) }
        switch d[0] - 48 {
        case 4: return true                                   // Visa
        case 5: return true                                   // Mastercard 51-55, Maestro 50 and 56-59
        case 2: return (2221...2720).contains(prefix(4))      // Mastercard
        case 3:                                               // Amex, JCB, Diners Club
            let two = prefix(2)
            return two == 34 || two == 37 || two == 36 || two == 38 || two == 39
                || (3528...3589).contains(prefix(4)) || (300...305).contains(prefix(3))
        case 6: return true                                   // Discover, UnionPay, RuPay, Maestro
        case 8: return prefix(2) == 81 || prefix(2) == 82     // RuPay
        default: return false
        }
    }

    /// Phone numbers as written in E.164 and in the national formats of the US and Canada,
    /// India, the Philippines, the UK and Australia.
    func isPhoneShape(_ run: Run) -> Bool {
        let d = run.digits, g = run.groups, count = d.count
        if run.plus { return (8...15).contains(count) && d[0] != 48 }
        func starts(_ s: StaticString) -> Bool {
            let base = s.utf8Start
            return s.utf8CodeUnitCount <= count && (0..<s.utf8CodeUnitCount).allSatisfy { d[$0] == base[$0] }
        }
        switch count {
        case 10:
            // US/Canada (NXX) NXX-XXXX; India 98765 43210; Australia 04xx xxx xxx, (02) xxxx xxxx.
            if g == [3, 3, 4], d[0] >= 50, d[3] >= 50 { return true }
            if d[0] >= 54 && (g == [10] || g == [5, 5] || g == [3, 3, 4]) { return true }
            if starts("04") && (g == [10] || g == [4, 3, 3]) { return true }
            if d[0] == 48 && "2378".utf8.contains(d[1]) && (g == [2, 4, 4] || g == [10]) { return true }
            return false
        case 11:
            // US 1-NXX-NXX-XXXX; Philippines 0917 123 4567; UK 07700 900123, 020 7946 0958.
            if d[0] == 49 && g == [1, 3, 3, 4] { return true }
            if starts("09") && (g == [11] || g == [4, 3, 4]) { return true }
            if starts("07") && (g == [11] || g == [5, 6] || g == [5, 3, 3]) { return true }
            if starts("0") && "123".utf8.contains(d[1]) && (g == [5, 6] || g == [4, 3, 4] || g == [3, 4, 4] || g == [3, 3, 4]) { return true }
            if d[0] == 48 && d[1] >= 54 && (g == [11] || g == [5, 6]) { return true }  // India 0 98765 43210
            return false
        case 12:
            return (starts("91") && d[2] >= 54 && (g == [2, 10] || g == [2, 5, 5])) || (starts("639") && g.count > 1)
        default:
            return false
        }
    }
}
