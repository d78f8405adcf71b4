import Foundation

/// Part files: what `stakegraph extract --jsonl` writes, one extracted article a line, as
/// the map of Spark (`RDD.pipe`), Hadoop Streaming or any tool that pipes lines writes them
/// (`part-00000`, `part-00001`, …). A file is a part file when its first line starts with
/// `{"stakegraph-extracted":`, whatever its name.
///
/// Parts are read in the natural order of their paths (`part-9` before `part-10`), whatever
/// the order they are given in: Spark and Hadoop number a job's parts in the order of the
/// input, so the corpus is read in its own order, and linking (which depends on that order)
/// gives what one run over the whole input gives.
public enum PartFiles {
    /// Whether the file at `path` is a part file: nil when it is empty (an empty partition
    /// gives an empty part, which is no corpus either), false when it is not a readable
    /// regular file or does not start like one.
    public static func isPart(_ path: String) -> Bool? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let marker = Array("{\"stakegraph-extracted\":".utf8)
        let read: Data?
        do { read = try handle.read(upToCount: marker.count + 3) } catch { return false }
        // nil at the end of the file: an empty file.
        guard var head = read, !head.isEmpty else { return nil }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        return head.starts(with: marker)
    }

    /// The part files among `inputs`, in the order they are read, or nil when none is one.
    /// A folder holding part files (a Spark or Hadoop output folder) stands for its parts;
    /// files whose names start with `_` or `.` there (`_SUCCESS`, `.part-00000.crc`) are
    /// skipped. Empty files (empty partitions) are left out.
    /// - Throws: `InputError.partsMixedWithArticles` when parts come with other inputs.
    public static func select(_ inputs: [String]) throws(InputError) -> [String]? {
        var parts: [String] = [], others: [String] = []
        for input in inputs {
            if let files = partsFolder(input) {
                if let other = files.first(where: { isPart($0) == false }), let part = files.first(where: { isPart($0) == true }) {
                    throw .partsMixedWithArticles(part: part, other: other)
                }
                parts += files.filter { isPart($0) == true }
                continue
            }
            switch isPart(input) {
            case true?: parts.append(input)
            case false?: others.append(input)
            case nil: break
            }
        }
        guard let part = parts.first else { return nil }
        if let other = others.first { throw .partsMixedWithArticles(part: part, other: other) }
        return parts.sorted(by: naturalOrder)
    }

    /// The files of a folder that holds at least one part file (not looking into sub-folders),
    /// or nil.
    private static func partsFolder(_ path: String) -> [String]? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        let files = names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }
            .map { (path as NSString).appendingPathComponent($0) }
            .filter { stat($0, &status) == 0 && status.st_mode & S_IFMT == S_IFREG }
        return files.contains { isPart($0) == true } ? files : nil
    }

    /// Paths compared with runs of digits taken as numbers (`part-9` < `part-10`), then byte for byte.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        let x = runs(a), y = runs(b)
        for (p, q) in zip(x, y) where p != q {
            switch (p.number, q.number) {
            case let (m?, n?):
                let m1 = m.drop { $0 == "0" }, n1 = n.drop { $0 == "0" }
                if m1.count != n1.count { return m1.count < n1.count }
                if m1 != n1 { return m1.lexicographicallyPrecedes(n1) }
            default:
                return Array(p.text.utf8).lexicographicallyPrecedes(Array(q.text.utf8))
            }
        }
        if x.count != y.count { return x.count < y.count }
        return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }

    /// The path cut into runs of digits and runs of other characters.
    private static func runs(_ path: String) -> [(text: Substring, number: Substring?)] {
        var out: [(text: Substring, number: Substring?)] = []
        var start = path.startIndex
        while start < path.endIndex {
            let digits = path[start].isASCII && path[start].isNumber
            let end = path[start...].firstIndex { ($0.isASCII && $0.isNumber) != digits } ?? path.endIndex
            out.append((path[start..<end], digits ? path[start..<end] : nil))
            start = end
        }
        return out
    }

    /// The articles of part files, text included, ids made unique across the parts in reading
    /// order: for `ingest` and `extract --explain`, which read the articles themselves.
    public static func articles(_ paths: [String], warnings: inout [InputWarning]) throws -> [Article] {
        var out: [Article] = []
        var ids = UniqueIDs()
        try read(paths, linkingWith: nil, parallel: true, warnings: &warnings) { lines in
            for line in lines {
                var article = line.article
                article.id = ids.unique(article.id)
                out.append(article)
            }
        }
        if out.isEmpty { throw InputError.emptyInput(paths: paths) }
        return out
    }

    /// Reads the lines of `paths` in the given order, a group at a time, decoded on all cores
    /// when `parallel`, checked for linking by `extractor` when there is one.
    static func read(_ paths: [String], linkingWith extractor: Extractor?, parallel: Bool, warnings: inout [InputWarning],
                     _ body: ([ExtractedArticle]) throws -> Void) throws {
        let dictionary = extractor.map { ($0.dictionary, fingerprint: $0.dictionary.fingerprint) }
        for path in paths {
            var reader = try LineReader(path: path)
            var pending: [(line: String, number: Int)] = []
            func flush() throws {
                let decode: @Sendable ((line: String, number: Int)) -> Result<ExtractedArticle, InputError> = { item in
                    Result { () throws(InputError) in
                        try ExtractedArticle(line: Substring(item.line), path: path, number: item.number, linkingWith: dictionary)
                    }
                }
                let decoded = parallel && pending.count > 1 ? inParallel(pending, decode) : pending.map(decode)
                try body(try decoded.map { try $0.get() })
                pending.removeAll(keepingCapacity: true)
            }
            while let line = try reader.next() {
                if !line.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { continue }
                pending.append((line, reader.lineNumber))
                if pending.count == 1024 { try flush() }
            }
            try flush()
            warnings += reader.warnings
        }
    }
}
