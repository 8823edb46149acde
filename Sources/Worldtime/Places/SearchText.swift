import Foundation

/// Text folded for search: lower case, accents dropped, split into words of bytes.
///
/// "KRAKÓW" and "krakow" fold to the same word. Letters that carry no accent to drop in
/// Unicode (the ł of Łódź, the ø of Tromsø) are spelt the way English writes them.
public enum SearchText {
    /// `cache` keeps the folding of each letter that is not ASCII (a few hundred distinct ones in
    /// the places file), so loading folds through Foundation once per letter, not once per name.
    public static func words(_ text: some StringProtocol, cache: inout [Character: [UInt8]]) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in fold(text, cache: &cache) {
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

    public static func words(_ text: some StringProtocol) -> [[UInt8]] {
        var cache: [Character: [UInt8]] = [:]
        return words(text, cache: &cache)
    }

    static func fold(_ text: some StringProtocol, cache: inout [Character: [UInt8]]) -> [UInt8] {
        // Most names are ASCII: lower-casing their bytes skips Foundation's slower folding.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        }
        var folded: [UInt8] = []
        // A Character is a letter with its accents, so folding one at a time folds the same.
        for character in text {
            if character.isASCII, let byte = character.asciiValue {
                folded.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else if let known = cache[character] {
                folded += known
            } else {
                let spelt = unaccentable[character] ?? String(character)
                let known = Array(spelt.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
                cache[character] = known
                folded += known
            }
        }
        return folded
    }

    private static let unaccentable: [Character: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
    ]
}
