import Testing
@testable import ClaimKit

/// WordCues reads a sentence in blocks of sixteen bytes and tests words on their first bytes:
/// a cue is found wherever it lies in a block, whatever follows the sentence in the text, and
/// near the end of the text, where the bytes are read one by one.
@Suite struct WordCuesTests {
    private func scan(_ text: String, sentenceLength: Int) -> WordCues.Found {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            [ByteRange]().withUnsafeBufferPointer { WordCues.scan(buffer, 0..<sentenceLength, quoted: $0) }
        }
    }

    /// Each cue after 0 to 40 bytes of other words, ending the sentence or not, with letters
    /// right after the sentence's end and with the text ending there.
    @Test func cuesAreFoundAtEveryOffset() {
        let cues = [("i", false), ("we", false), ("our", false), ("won", true), ("think", false), ("arguably", false),
                    ("totalled", true), ("hit", true)]
        for (cue, isFactual) in cues {
            for offset in 0...40 {
                let before = String(repeating: "a", count: offset % 3) + String(repeating: " so", count: offset / 3) + " "
                for after in ["", " then.", "s"] {
                    let sentence = before + cue + after
                    let length = sentence.utf8.count
                    // A longer word ("wons", "is") is no cue, unless the sentence ends first.
                    let expected = after != "s"
                    for rest in ["", "ly more words follow here, more than a block of them", String(repeating: " x", count: 12)] {
                        let found = scan(sentence + rest, sentenceLength: length)
                        #expect((isFactual ? found.factualVerb : found.opinionCue) == expected, "\(cue) in “\(sentence)” + “\(rest)”")
                        #expect(!(isFactual ? found.opinionCue : found.factualVerb), "\(cue) in “\(sentence)” + “\(rest)”")
                    }
                    // The sentence cut right after the cue's first letters: letters of the
                    // text past its end are not read as the word's.
                    let cut = scan(before + cue + "zz words follow", sentenceLength: (before + cue).utf8.count)
                    #expect(isFactual ? cut.factualVerb : cut.opinionCue, "\(cue) cut at the sentence's end after “\(before)”")
                }
            }
        }
    }

    /// Words that start like a cue, or are one with a letter too many or too few, are not cues.
    @Test func nearMissesAreNoCues() {
        for word in ["is", "in", "it", "wet", "ours", "wo", "thin", "thinks", "arguabl", "hits", "hi", "myth", "youth", "W3"] {
            for offset in [0, 5, 13, 14, 15, 16, 30] {
                let sentence = String(repeating: "a", count: offset) + " " + word + " done."
                let found = scan(sentence + " more text after the sentence, long enough for blocks", sentenceLength: sentence.utf8.count)
                #expect(!found.opinionCue && !found.factualVerb, "\(word) after \(offset) bytes")
            }
        }
    }
}
