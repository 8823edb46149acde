import Foundation

/// Words: context words, IBANs, Indian PANs, UK National Insurance numbers, and the shapes of
/// well-known keys and tokens (AWS, GitHub, Slack, JWT).
extension PrivacyScanner {
    mutating func word(from start: Int) -> Int {
        var end = start
        while end < n && isAlnum(p[end]) { end += 1 }
        let length = end - start

        // Ids start with a capital, tokens with a capital or g, x, e ("ghp_", "xoxb-", "eyJ"):
        // the lower-case words of ordinary prose skip all of these tests.
        let first = p[start]
        if isUpper(first) || mayStartToken(first) {
            if let tokenEnd = token(from: start) { add(.secret, start, tokenEnd); return tokenEnd }
            if let ibanEnd = iban(from: start, wordEnd: end) { add(.iban, start, ibanEnd); return ibanEnd }
            if length == 4, isUpper(p[start]), isUpper(p[start + 1]), isDigit(p[start + 2]), isDigit(p[start + 3]) {
                // An IBAN with a typo: its groups are not a card or a phone number either.
                return ibanGroups(after: end)
            }
            if length == 10, isPAN(start) { add(.pan, start, end); return end }
            if let ninoEnd = nino(from: start) { add(.nino, start, ninoEnd); return ninoEnd }
        }
        if start - passportContext < 40, let valueEnd = passportNumber(start, end) { add(.passport, start, valueEnd); return valueEnd }

        context(start, length)
        if start - secretContext == 0 { return secretValue(after: end) ?? end }
        if start == birthContext, let dateEnd = birthDate(after: end) { return dateEnd }
        return end
    }

    /// Remembers context words; for "password", "token" and the like, marks the word itself so
    /// the caller reads the value after it.
    mutating func context(_ start: Int, _ length: Int) {
        let end = start + length
        // Every context word starts with one of these letters; most words leave here.
        switch lower(p[start]) {
        case 97, 98, 99, 100, 102, 105, 109, 111, 112, 114, 115, 116, 117, 118, 119: break  // a b c d f i m o p r s t u v w
        default: return
        }
        guard length >= 3 && length <= 10 else { return }
        // Up to eight letters compare as one number: a chain of byte-by-byte comparisons here
        // cost more than the rest of the privacy pass's word handling.
        let w = length <= 8 ? packed(start, length) : 0
        typealias C = ContextWords
        switch w {
        case C.password, C.passwd, C.pwd, C.passcode, C.secret, C.token, C.apikey, C.pin, C.otp:
            secretContext = start
        case C.api where matches(end, " key") || matches(end, "_key") || matches(end, "-key"):
            secretContext = start
        case C.passport:
            passportContext = end
        case C.born, C.dob, C.birthday:
            birthContext = start
        case C.birth where start >= 8 && matches(start - 8, "date of "):
            birthContext = start
        case C.ssn:
            ssnContext = end
        case C.security where start >= 7 && matches(start - 7, "social "):
            ssnContext = end
        case C.tin, C.sss, C.umid, C.aadhaar, C.aadhar, C.crn:
            idContext = end
        case 0 where length == 9 && matches(start, "birthdate"):
            birthContext = start
        case 0 where length == 10 && matches(start, "philhealth"):
            idContext = end
        // "order 0917 555 1234", "ticket no. 2025-0311-7788": a number that names a record is
        // not a phone number, whatever its shape; one number per such word.
        case C.order, C.ticket, C.ref, C.case, C.invoice, C.tracking, C.booking, C.incident, C.request, C.receipt, C.shipment, C.claim:
            referenceContext = end
        case 0 where (length == 11 && matches(start, "transaction")) || (length == 12 && matches(start, "confirmation")) || (length == 9 && matches(start, "reference")):
            referenceContext = end
        // "build 3.18.0.245", "version 4.12.0.311": a version, not an IP address.
        case C.version, C.build, C.release, C.firmware, C.patch, C.ver:
            versionContext = end
        case C.phone, C.mobile, C.call, C.cell, C.tel, C.whatsapp, C.viber, C.contact:
            referenceContext = -1000
        default:
            break
        }
    }

    /// The word's bytes (at most eight) lower-cased into one little-endian number.
    @inline(__always) func packed(_ start: Int, _ length: Int) -> UInt64 {
        var w: UInt64 = 0
        for k in 0..<length { w |= UInt64(lower(p[start + k])) << UInt64(8 * k) }
        return w
    }

    /// Where the groups of an IBAN-shaped run end ("DE89 3704 0044 ...").
    func ibanGroups(after wordEnd: Int) -> Int {
        var i = wordEnd
        while i + 1 < n && p[i] == ASCII.space && isAlnum(p[i + 1]) && i - wordEnd < 40 {
            var j = i + 1
            while j < n && isAlnum(p[j]) { j += 1 }
            guard j - i - 1 <= 4 else { break }
            i = j
        }
        return i
    }

    /// The value after "password:", "token =", "API key is": a long, mixed string that looks
    /// machine-made. Words ("password reset", "token expired") are not values. "pwd for the
    /// kiosk: X" works too: a colon or equals sign a few words on, on the same line.
    mutating func secretValue(after contextEnd: Int) -> Int? {
        if let end = secretValue(at: contextEnd) { return end }
        var i = contextEnd
        while i < min(n, contextEnd + 30) && p[i] != ASCII.newline {
            if p[i] == ASCII.colon || p[i] == ASCII.equals { return secretValue(at: i) }
            i += 1
        }
        // "the vpn password for the sandbox? its Cebu#Sandbox2026!": the value after "is" or
        // "its" a few words on, if it looks machine-made or mixes letters, digits and symbols.
        i = contextEnd
        while i + 4 < min(n, contextEnd + 60) && p[i] != ASCII.newline {
            if !isAlnum(p[i]) || i == contextEnd {
                var w = i + (isAlnum(p[i]) ? 0 : 1)
                for word: StaticString in ["is ", "its ", "it's ", "it’s "] where spells(p, at: w, word) {
                    w += word.utf8CodeUnitCount
                    return secretValue(at: w - 1)
                }
            }
            i += 1
        }
        return nil
    }

    mutating func secretValue(at contextEnd: Int) -> Int? {
        var i = contextEnd
        // "api key", "api_key": skip the second word.
        if matches(i, " key") || matches(i, "_key") || matches(i, "-key") { i += 4 }
        var hops = 0
        while i < n && hops < 12 && (isSpace(p[i]) || p[i] == ASCII.colon || p[i] == ASCII.equals || p[i] == 34 || p[i] == 39) { i += 1; hops += 1 }
        if matches(i, "is ") { i += 3 } else if matches(i, "was ") { i += 4 }
        while i < n && p[i] == ASCII.space { i += 1 }
        let start = i
        while i < n && !isSpace(p[i]) && p[i] != 34 && p[i] != 39 { i += 1 }
        var end = i
        while end > start, p[end - 1] == ASCII.dot || p[end - 1] == ASCII.comma || p[end - 1] == 59 || p[end - 1] == 41 { end -= 1 }
        guard end - start >= 8, end - start <= 200, looksMachineMade(start, end), !namesAPlace(start, end) else { return nil }
        add(.secret, start, end)
        return end
    }

    /// A link ("password reset: https://..."), a path ("/settings/password") or a name made of
    /// lower-case words ("vault entry prod-db-admin") says where a secret is, not what it is.
    func namesAPlace(_ start: Int, _ end: Int) -> Bool {
        if p[start] == ASCII.slash || spells(p, at: start, "http") || spells(p, at: start, "www.") { return true }
        for i in start..<end where !(isLower(p[i]) || p[i] == ASCII.minus || p[i] == ASCII.underscore || p[i] == ASCII.dot || p[i] == ASCII.slash) { return false }
        return true
    }

    /// At least two kinds of character (lower, upper, digit, symbol) and about three bits of
    /// entropy per character.
    func looksMachineMade(_ start: Int, _ end: Int) -> Bool {
        var counts = [Int](repeating: 0, count: 128)
        var classes = Set<Int>()
        for i in start..<end {
            let b = p[i]
            guard b < 128 else { return false }
            counts[Int(b)] += 1
            classes.insert(isLower(b) ? 0 : isUpper(b) ? 1 : isDigit(b) ? 2 : 3)
        }
        guard classes.count >= 2 else { return false }
        let total = Double(end - start)
        var entropy = 0.0
        for c in counts where c > 0 {
            let f = Double(c) / total
            entropy -= f * log2(f)
        }
        return entropy >= 3.0
    }

    /// Only these lower-case first letters start a known token ("ghp_", "xoxb-", "eyJ", "sk_live_",
    /// "rk_live_", "glpat-", "npm_", "pypi-", "dop_v1_", "hvs.", "key-", "whsec_"); capitals
    /// ("AKIA", "AIza", "SG.") are tried with every capitalised word. Most words leave here.
    @inline(__always) func mayStartToken(_ first: UInt8) -> Bool {
        switch first {
        case 65, 83, 103, 120, 101, 115, 114, 110, 112, 100, 104, 107, 119: true  // A S g x e s r n p d h k w
        default: false
        }
    }

    /// Tokens with a published shape (the formats detect-secrets and gitleaks look for): AWS
    /// access key ids, GitHub, GitLab and Slack tokens, JWTs, Stripe secret and restricted keys,
    /// Google API keys, SendGrid, Twilio, npm, PyPI, DigitalOcean, Vault, Shopify, Mailgun,
    /// OpenAI and Anthropic keys, Square and Atlassian tokens.
    func token(from start: Int) -> Int? {
        guard mayStartToken(p[start]) else { return nil }
        // A word of prose is looked at once: only the formats its first letter can start.
        if let end = serviceKey(from: start) { return end }
        func run(_ from: Int, _ allowed: (UInt8) -> Bool) -> Int {
            var i = from
            while i < n && allowed(p[i]) { i += 1 }
            return i
        }
        switch p[start] {
        case 65:  // A
            guard start + 4 < n, isUpper(p[start + 1]) else { return nil }
            for prefix: StaticString in ["AKIA", "ASIA", "ABIA", "ACCA"] where matchesExactly(start, prefix) {
                let end = run(start + 4, { isUpper($0) || isDigit($0) })
                if end - start == 20 { return end }
            }
        case 103:  // g
            guard start + 4 < n, p[start + 1] == 104 || p[start + 1] == 105 else { return nil }  // gh, gi
            for prefix: StaticString in ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"] where matchesExactly(start, prefix) {
                let end = run(start + 4, isAlnum)
                if end - start == 40 { return end }
            }
            if matchesExactly(start, "github_pat_") {
                let end = run(start + 11, { isAlnum($0) || $0 == ASCII.underscore })
                if end - start >= 40 { return end }
            }
        case 120:  // x
            if matchesExactly(start, "xox"), start + 4 < n, "baprs".utf8.contains(p[start + 3]), p[start + 4] == ASCII.minus {
                let end = run(start + 5, { isAlnum($0) || $0 == ASCII.minus })
                if end - start >= 15 { return end }
            }
        case 101:  // e
            if matchesExactly(start, "eyJ") {
                // header.payload.signature, each base64url.
                let base64url: (UInt8) -> Bool = { isAlnum($0) || $0 == ASCII.minus || $0 == ASCII.underscore }
                var end = run(start, base64url)
                for _ in 0..<2 {
                    guard end < n, p[end] == ASCII.dot, end + 1 < n, base64url(p[end + 1]) else { return nil }
                    end = run(end + 1, base64url)
                }
                if end - start >= 30 { return end }
            }
        default:
            break
        }
        return nil
    }

    func matchesExactly(_ i: Int, _ literal: StaticString) -> Bool { spells(p, at: i, literal, ignoringCase: false) }

    /// The newer service keys: a fixed prefix and a body of at least (or exactly) so many
    /// characters of the key's alphabet, ending at a word boundary.
    func serviceKey(from start: Int) -> Int? {
        let base64url: (UInt8) -> Bool = { isAlnum($0) || $0 == ASCII.minus || $0 == ASCII.underscore }
        func body(_ prefix: StaticString, atLeast: Int, exactly: Bool = false, _ allowed: (UInt8) -> Bool = isAlnum) -> Int? {
            guard matchesExactly(start, prefix) else { return nil }
            var i = start + prefix.utf8CodeUnitCount
            while i < n && allowed(p[i]) { i += 1 }
            let length = i - start - prefix.utf8CodeUnitCount
            guard exactly ? length == atLeast : length >= atLeast, i == n || !isAlnum(p[i]) else { return nil }
            return i
        }
        // Every lower-case format has "_", "-" or "." within its first eight bytes ("sk_live_",
        // "glpat-", "hvs."): a word of prose has none and leaves here.
        if isLower(p[start]) {
            var k = start + 1, mark = false
            while k < min(n, start + 8) && !mark { mark = p[k] == ASCII.underscore || p[k] == ASCII.minus || p[k] == ASCII.dot; k += 1 }
            guard mark else { return nil }
        }
        switch p[start] {
        case 115:  // s
            return body("sk_live_", atLeast: 20) ?? body("sk_test_", atLeast: 20) ?? body("sk-ant-", atLeast: 32, base64url)
                ?? body("sk-proj-", atLeast: 32, base64url) ?? body("sk-", atLeast: 40) ?? body("shpat_", atLeast: 32, exactly: true, isHex)
                ?? body("shpss_", atLeast: 32, exactly: true, isHex) ?? body("shpca_", atLeast: 32, exactly: true, isHex)
                ?? body("sq0atp-", atLeast: 22, base64url) ?? body("sq0csp-", atLeast: 40, base64url)
        case 114: return body("rk_live_", atLeast: 20) ?? body("rk_test_", atLeast: 20)  // r
        case 119: return body("whsec_", atLeast: 24)  // w
        case 103: return body("glpat-", atLeast: 20, base64url)  // g
        case 110: return body("npm_", atLeast: 36, exactly: true)  // n
        case 112: return body("pypi-", atLeast: 50, base64url)  // p
        case 100: return body("dop_v1_", atLeast: 64, exactly: true, isHex)  // d
        case 104: return body("hvs.", atLeast: 24, base64url)  // h
        case 107: return body("key-", atLeast: 32, exactly: true, isHex)  // k
        case 120: return body("xapp-", atLeast: 20, { isAlnum($0) || $0 == ASCII.minus })  // x
        case 65: return body("AIza", atLeast: 35, exactly: true, base64url) ?? body("ATATT", atLeast: 60, { isAlnum($0) || $0 == ASCII.minus || $0 == ASCII.underscore || $0 == ASCII.equals })
        case 83:  // S
            if matchesExactly(start, "SG."), let first = body("SG.", atLeast: 22, exactly: true, base64url), first < n, p[first] == ASCII.dot {
                var i = first + 1
                while i < n && base64url(p[i]) { i += 1 }
                return i - first - 1 == 43 ? i : nil
            }
            return body("SK", atLeast: 32, exactly: true, isHex)
        default: return nil
        }
    }
}

/// Context words packed as `PrivacyScanner.packed` reads them ("pwd" is 0x647770: "p" in the
/// low byte). Literal numbers, so the switch compares constants instead of calling accessors;
/// a test packs each word again and compares.
enum ContextWords {
    static let password: UInt64 = 0x64726f7773736170  // password
    static let passwd: UInt64 = 0x647773736170  // passwd
    static let pwd: UInt64 = 0x647770  // pwd
    static let passcode: UInt64 = 0x65646f6373736170  // passcode
    static let secret: UInt64 = 0x746572636573  // secret
    static let token: UInt64 = 0x6e656b6f74  // token
    static let apikey: UInt64 = 0x79656b697061  // apikey
    static let pin: UInt64 = 0x6e6970  // pin
    static let otp: UInt64 = 0x70746f  // otp
    static let api: UInt64 = 0x697061  // api
    static let passport: UInt64 = 0x74726f7073736170  // passport
    static let born: UInt64 = 0x6e726f62  // born
    static let dob: UInt64 = 0x626f64  // dob
    static let birthday: UInt64 = 0x7961646874726962  // birthday
    static let birth: UInt64 = 0x6874726962  // birth
    static let ssn: UInt64 = 0x6e7373  // ssn
    static let security: UInt64 = 0x7974697275636573  // security
    static let tin: UInt64 = 0x6e6974  // tin
    static let sss: UInt64 = 0x737373  // sss
    static let umid: UInt64 = 0x64696d75  // umid
    static let aadhaar: UInt64 = 0x72616168646161  // aadhaar
    static let aadhar: UInt64 = 0x726168646161  // aadhar
    static let crn: UInt64 = 0x6e7263  // crn
    static let order: UInt64 = 0x726564726f  // order
    static let ticket: UInt64 = 0x74656b636974  // ticket
    static let ref: UInt64 = 0x666572  // ref
    static let `case`: UInt64 = 0x65736163  // case
    static let invoice: UInt64 = 0x6563696f766e69  // invoice
    static let tracking: UInt64 = 0x676e696b63617274  // tracking
    static let booking: UInt64 = 0x676e696b6f6f62  // booking
    static let incident: UInt64 = 0x746e656469636e69  // incident
    static let request: UInt64 = 0x74736575716572  // request
    static let receipt: UInt64 = 0x74706965636572  // receipt
    static let shipment: UInt64 = 0x746e656d70696873  // shipment
    static let claim: UInt64 = 0x6d69616c63  // claim
    static let version: UInt64 = 0x6e6f6973726576  // version
    static let build: UInt64 = 0x646c697562  // build
    static let release: UInt64 = 0x657361656c6572  // release
    static let firmware: UInt64 = 0x657261776d726966  // firmware
    static let patch: UInt64 = 0x6863746170  // patch
    static let ver: UInt64 = 0x726576  // ver
    static let phone: UInt64 = 0x656e6f6870  // phone
    static let mobile: UInt64 = 0x656c69626f6d  // mobile
    static let call: UInt64 = 0x6c6c6163  // call
    static let cell: UInt64 = 0x6c6c6563  // cell
    static let tel: UInt64 = 0x6c6574  // tel
    static let whatsapp: UInt64 = 0x7070617374616877  // whatsapp
    static let viber: UInt64 = 0x7265626976  // viber
    static let contact: UInt64 = 0x746361746e6f63  // contact
    static let all: [(String, UInt64)] = [("password", password), ("passwd", passwd), ("pwd", pwd), ("passcode", passcode), ("secret", secret), ("token", token), ("apikey", apikey), ("pin", pin), ("otp", otp), ("api", api), ("passport", passport), ("born", born), ("dob", dob), ("birthday", birthday), ("birth", birth), ("ssn", ssn), ("security", security), ("tin", tin), ("sss", sss), ("umid", umid), ("aadhaar", aadhaar), ("aadhar", aadhar), ("crn", crn), ("order", order), ("ticket", ticket), ("ref", ref), ("case", `case`), ("invoice", invoice), ("tracking", tracking), ("booking", booking), ("incident", incident), ("request", request), ("receipt", receipt), ("shipment", shipment), ("claim", claim), ("version", version), ("build", build), ("release", release), ("firmware", firmware), ("patch", patch), ("ver", ver), ("phone", phone), ("mobile", mobile), ("call", call), ("cell", cell), ("tel", tel), ("whatsapp", whatsapp), ("viber", viber), ("contact", contact)]
}
