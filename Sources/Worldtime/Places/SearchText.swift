import Foundation

/// Text folded for search: lower case, accents dropped, split into words of bytes.
///
/// "KRAKÓW" and "krakow" fold to the same word. Letters that carry no accent to drop in
/// Unicode (the ł of Łódź, the ø of Tromsø) are spelt the way English writes them.
enum SearchText {
    static func words(_ text: some StringProtocol) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in fold(text) {
            let isLetter = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte >= 0x80
            if isLetter {
                word.append(byte)
            } else if !word.isEmpty {
                words.append(word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    static func fold(_ text: some StringProtocol) -> [UInt8] {
        // Most names are ASCII: lower-casing their bytes skips Foundation's slower folding.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        }
        var spelt = ""
        for character in text { spelt += unaccentable[character] ?? String(character) }
        return Array(spelt.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
    }

    private static let unaccentable: [Character: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
    ]
}
