/// The check-digit schemes behind the numbers the privacy check looks for. Each works on ASCII
/// digits (and letters for IBAN) without allocating, because it runs on every candidate.
public enum Checksums {
    /// Luhn (ISO/IEC 7812): payment cards.
    public static func luhn(_ digits: some Collection<UInt8>) -> Bool {
        guard digits.count > 1 else { return false }
        var sum = 0
        var double = false
        for byte in digits.reversed() {
            guard byte >= 48, byte <= 57 else { return false }
            var d = Int(byte - 48)
            if double { d *= 2; if d > 9 { d -= 9 } }
            sum += d
            double.toggle()
        }
        return sum % 10 == 0
    }

    static let verhoeffMultiply: [[UInt8]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    static let verhoeffPermute: [[UInt8]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// Verhoeff (dihedral group D5): India's Aadhaar.
    public static func verhoeff(_ digits: some Collection<UInt8>) -> Bool {
        guard !digits.isEmpty else { return false }
        var check: UInt8 = 0
        for (i, byte) in digits.reversed().enumerated() {
            guard byte >= 48, byte <= 57 else { return false }
            check = verhoeffMultiply[Int(check)][Int(verhoeffPermute[i % 8][Int(byte - 48)])]
        }
        return check == 0
    }

    /// ISO 13616 IBAN: the country's length and the mod-97 remainder of 1. Letters count as
    /// 10-35; lower case is accepted as people type it.
    public static func iban(_ text: some Collection<UInt8>) -> Bool {
        let chars = Array(text)
        guard chars.count >= 15, chars.count <= 34 else { return false }
        let country = String(decoding: chars.prefix(2).map(upper), as: UTF8.self)
        guard let length = ibanLengths[country], length == chars.count else { return false }
        guard isDigit(chars[2]), isDigit(chars[3]) else { return false }
        var remainder = 0
        for byte in chars[4...] + chars[..<4] {
            let b = upper(byte)
            if isDigit(b) {
                remainder = (remainder * 10 + Int(b - 48)) % 97
            } else if b >= 65, b <= 90 {
                remainder = (remainder * 100 + Int(b - 55)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// US Social Security numbers as the SSA issues them: no area 000, 666 or 900-999, no group
    /// 00, no serial 0000, and not the numbers made famous by advertising.
    public static func usSSN(_ digits: some Collection<UInt8>) -> Bool {
        let d = Array(digits)
        guard d.count == 9, d.allSatisfy(isDigit) else { return false }
        let area = number(d[0..<3]), group = number(d[3..<5]), serial = number(d[5..<9])
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        return !publicizedSSNs.contains(number(d[0..<9]))
    }

    /// 078-05-1120 (a wallet insert), 219-09-9999 (an SSA pamphlet), 457-55-5462 (an advert).
    static let publicizedSSNs: Set<Int> = [78_051_120, 219_099_999, 457_555_462]

    static func number(_ digits: ArraySlice<UInt8>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 48) } }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }

    /// IBAN lengths by country (SWIFT IBAN registry).
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
        "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
        "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
        "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
        "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
        "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
        "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
        "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]
}
