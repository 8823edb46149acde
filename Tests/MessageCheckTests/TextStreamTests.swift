import Foundation
import Testing
@testable import MessageCheck

@Suite struct TextStreamTests {
    func file(_ bytes: [UInt8]) throws -> FileHandle {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return try FileHandle(forReadingFrom: url)
    }

    @Test func piecesEndAtLineBreaksAndKeepTheirOffsets() throws {
        // Three pieces' worth of lines, with a card on a line near the end.
        var text = ""
        while text.utf8.count < 2 * TextStream.pieceSize + 5000 { text += "a line of an ordinary chat message, nothing to see\n" }
        text += "card 4111 1111 1111 1111\n"
        let bytes = Array(text.utf8)
        var pieces: [(Int, Int)] = []
        var found: [Int] = []
        try TextStream(handle: try file(bytes), name: "t").forEachPiece { piece, byteOffset, lineOffset in
            #expect(byteOffset == 0 || bytes[byteOffset - 1] == 10)
            pieces.append((byteOffset, lineOffset))
            for f in MessageChecker().check(piece) where f.category == .privacy { found.append(f.span.line + lineOffset) }
        }
        #expect(pieces.count == 3)
        #expect(found == [text.split(separator: "\n").count])
    }

    @Test func binaryAndLatin1AreRefusedWithThePlace() throws {
        #expect(throws: UnreadableText.self) { try TextStream(handle: try file([72, 0, 73]), name: "b").forEachPiece { _, _, _ in } }
        do {
            try TextStream(handle: try file(Array("ok\nCaf".utf8) + [0xE9]), name: "l").forEachPiece { _, _, _ in }
            Issue.record("Latin-1 was accepted")
        } catch let error as UnreadableText {
            #expect(error.description.contains("byte 6"))
        }
    }
}
