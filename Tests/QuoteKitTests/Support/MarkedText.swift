@testable import QuoteKit

/// Text with span expectations written inline, the way swift-format's tests mark positions.
///
/// Marks (none of these brackets occur in the texts under test):
/// - `⟦TAG:content⟧` marks one piece of a statement's content: what the quote's piece covers, without
///   its quotation marks, so the marks sit inside them: `“⟦d:We will win.⟧” he said.`
/// - `⟪TAG:cue⟫` marks the cue of the statement with the same tag: `“⟦d:Yes.⟧” ⟪d:he said⟫.`
/// - `TAG` is a kind letter, `d` direct, `p` partial, `i` indirect, `m` mention, optionally followed by
///   a label (letters or digits). Pieces with the same labelled tag are one statement:
///   `“⟦d1:We will,⟧” he said, “⟦d1:win.⟧”`. Each unlabelled piece is a statement of its own, and an
///   unlabelled cue belongs to the nearest statement of its kind before it, else the nearest after it
///   (label both when that is not the one meant).
/// - Marks nest: `⟦i:there is a “⟦p:first mover advantage⟧” given ...⟧`.
///
/// Offsets are UTF-8 byte offsets into ``text``, the unit of ``TextRange`` and `Quote.pieces`.
struct MarkedText: CustomStringConvertible {
    /// One expected statement.
    struct Statement: Equatable {
        var kind: Quote.Kind
        /// Content pieces in text order (UTF-8 offsets into the plain text).
        var pieces: [TextRange]
        /// The cue, when the marked text gives one.
        var cue: TextRange?
        var range: TextRange { TextRange(pieces.first?.start ?? 0, pieces.last?.end ?? 0) }
    }

    /// The text without its marks.
    let text: String
    /// The statements the marks describe, ordered by their first piece.
    let statements: [Statement]
    /// The marked form as written.
    let marked: String

    var description: String { marked }

    static let openPiece: Unicode.Scalar = "⟦", closePiece: Unicode.Scalar = "⟧"
    static let openCue: Unicode.Scalar = "⟪", closeCue: Unicode.Scalar = "⟫"

    /// Parses `marked`. A malformed mark is a mistake in the test, so it stops the run with a message.
    init(_ marked: String) {
        self.marked = marked
        var plain = ""
        var offset = 0  // UTF-8 length of `plain`
        struct Open { let cue: Bool; let tag: String; let start: Int }
        var stack: [Open] = []
        var pieces: [(tag: String, range: TextRange, order: Int)] = []
        var cues: [(tag: String, range: TextRange)] = []
        var scalars = marked.unicodeScalars[...]
        while let s = scalars.popFirst() {
            switch s {
            case Self.openPiece, Self.openCue:
                var tag = ""
                while let c = scalars.popFirst(), c != ":" {
                    precondition(c.properties.isAlphabetic || ("0"..."9").contains(c), "bad mark tag in \(marked)")
                    tag.unicodeScalars.append(c)
                }
                precondition(Self.kind(tag) != nil, "mark tag must start with d, p, i or m: '\(tag)' in \(marked)")
                stack.append(Open(cue: s == Self.openCue, tag: tag, start: offset))
            case Self.closePiece, Self.closeCue:
                guard let open = stack.popLast(), open.cue == (s == Self.closeCue) else {
                    preconditionFailure("unbalanced marks in \(marked)")
                }
                let r = TextRange(open.start, offset)
                if open.cue { cues.append((open.tag, r)) } else { pieces.append((open.tag, r, pieces.count)) }
            default:
                plain.unicodeScalars.append(s)
                offset += String(s).utf8.count
            }
        }
        precondition(stack.isEmpty, "unclosed mark in \(marked)")
        text = plain

        // Group pieces into statements: a labelled tag is one statement, an unlabelled one a statement per piece.
        var statements: [(tag: String, statement: Statement)] = []
        for p in pieces.sorted(by: { $0.range < $1.range }) {
            if p.tag.count > 1, let k = statements.firstIndex(where: { $0.tag == p.tag }) {
                statements[k].statement.pieces.append(p.range)
            } else {
                statements.append((p.tag, Statement(kind: Self.kind(p.tag)!, pieces: [p.range], cue: nil)))
            }
        }
        for c in cues {
            let candidates = statements.indices.filter { statements[$0].tag == c.tag }
            precondition(!candidates.isEmpty, "cue ⟪\(c.tag):⟫ has no statement in \(marked)")
            // Unlabelled: the nearest statement before the cue, else the nearest after it.
            let before = candidates.filter { statements[$0].statement.range.start < c.range.start }
            let k = before.isEmpty ? candidates.min { statements[$0].statement.range.start < statements[$1].statement.range.start }!
                : before.max { statements[$0].statement.range.start < statements[$1].statement.range.start }!
            statements[k].statement.cue = c.range
        }
        self.statements = statements.map(\.statement).sorted { $0.range < $1.range }
    }

    /// `text` with `statements` marked in the canonical form: tags `d`, `p`, `i`, `m`, numbered (in text
    /// order) only for statements in several pieces or with a cue. Two lists of statements over the same
    /// text are equal exactly when their renderings are.
    static func render(_ text: String, _ statements: [Statement]) -> String {
        // (offset, sort key, mark): closings before openings at one offset; outer openings first,
        // inner closings first; marks of equal ranges in statement order, closed in reverse.
        var events: [(offset: Int, key: (Int, Int, Int), mark: String)] = []
        for (n, s) in statements.sorted(by: { $0.range < $1.range }).enumerated() {
            let letter = letter(s.kind)
            let tag = s.pieces.count > 1 || s.cue != nil ? "\(letter)\(n + 1)" : letter
            for p in s.pieces {
                events.append((p.start, (1, -p.length, n), "⟦\(tag):"))
                events.append((p.end, (0, p.length, -n), "⟧"))
            }
            if let c = s.cue {
                events.append((c.start, (1, -c.length, n), "⟪\(tag):"))
                events.append((c.end, (0, c.length, -n), "⟫"))
            }
        }
        events.sort { ($0.offset, $0.key.0, $0.key.1, $0.key.2) < ($1.offset, $1.key.0, $1.key.1, $1.key.2) }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var e = 0
        for i in 0...bytes.count {
            while e < events.count && events[e].offset == i { out += Array(events[e].mark.utf8); e += 1 }
            if i < bytes.count { out.append(bytes[i]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// This text's statements in the canonical form (see ``render(_:_:)``).
    var canonical: String { Self.render(text, statements) }

    static func kind(_ tag: String) -> Quote.Kind? {
        switch tag.first {
        case "d": .direct
        case "p": .partial
        case "i": .indirect
        case "m": .mention
        default: nil
        }
    }

    static func letter(_ kind: Quote.Kind) -> String {
        switch kind {
        case .direct: "d"
        case .partial: "p"
        case .indirect: "i"
        case .mention: "m"
        }
    }
}
