import Foundation
import Testing
@testable import StakegraphExtraction

/// Reading inputs: files, directories, standard input, and the one-line errors for bad input.
@Suite struct ArticleLoaderTests {
    let body = "Imogen Tarrant, chair of the Kestrel Learning Trust, opened the new library.\n"

    @Test func readsOneTextFileWithItsNameAsID() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("library.txt", body)
            let result = try ArticleLoader().load(paths: [file])
            let article = try #require(result.articles.first)
            #expect(result.articles.count == 1)
            #expect(article.id == "library.txt")
            #expect(article.origin == file)
            #expect(article.text == body)
            #expect(article.date == nil)
            #expect(result.warnings.isEmpty)
        }
    }

    @Test func missingPathIsAnErrorNamingIt() throws {
        try withTemporaryFolder { folder in
            let missing = folder.path("nowhere/article.txt")
            #expect(throws: InputError.missingPath(path: missing)) {
                try ArticleLoader().load(paths: [missing])
            }
        }
    }

    /// Root reads files whatever their permissions, so this only runs for other users.
    @Test(.enabled(if: geteuid() != 0, "permission checks do not apply to root"))
    func unreadableFileIsAnErrorNamingIt() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("locked.txt", body)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file)
            let error = #expect(throws: InputError.self) { try ArticleLoader().load(paths: [file]) }
            guard case .unreadable(let path, _)? = error else {
                Issue.record("expected .unreadable, got \(String(describing: error))")
                return
            }
            #expect(path == file)
        }
    }

    @Test func brokenSymlinkGivenByNameIsAMissingPath() throws {
        try withTemporaryFolder { folder in
            let link = folder.path("dangling.txt")
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path("gone.txt"))
            #expect(throws: InputError.missingPath(path: link)) {
                try ArticleLoader().load(paths: [link])
            }
        }
    }

    @Test func brokenSymlinkInsideADirectoryDoesNotStopTheOthers() throws {
        try withTemporaryFolder { folder in
            try folder.write("news/good.txt", body)
            try FileManager.default.createSymbolicLink(atPath: folder.path("news/dangling.txt"),
                                                       withDestinationPath: folder.path("news/gone.txt"))
            let result = try ArticleLoader().load(paths: [folder.path("news")])
            #expect(result.articles.map(\.id) == ["good.txt"])
        }
    }

    @Test func binaryFileIsRefusedWithTheOffsetOfItsFirstNUL() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("photo.txt", bytes: Array("GIF89a".utf8) + [0x00, 0x01, 0x00, 0xFF])
            #expect(throws: InputError.binaryFile(path: file, offset: 6)) {
                try ArticleLoader().load(paths: [file])
            }
        }
    }

    @Test func invalidUTF8IsReplacedAndWarnedAboutWithItsLine() throws {
        try withTemporaryFolder { folder in
            let bytes = Array("Desmond Ferrier spoke first.\nThe caf".utf8) + [0xE9] + Array(" was full.\nThen it rained.\n".utf8)
            let file = try folder.write("latin1.txt", bytes: bytes)
            let result = try ArticleLoader().load(paths: [file])
            let article = try #require(result.articles.first)
            #expect(article.text.contains("caf\u{FFFD} was full"))
            #expect(result.warnings == [InputWarning(path: file, line: 2, message: "invalid UTF-8 replaced with U+FFFD")])
            let warning = try #require(result.warnings.first)
            #expect(warning.description.hasPrefix("\(file):2:"))
            #expect(!warning.description.contains("\n"))
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(body.utf8))
            let article = try #require(try ArticleLoader().load(paths: [file]).articles.first)
            #expect(article.text == body)
        }
    }

    @Test func emptyDirectoryIsAnEmptyInput() throws {
        try withTemporaryFolder { folder in
            let empty = try folder.folder("empty")
            #expect(throws: InputError.emptyInput(paths: [empty])) {
                try ArticleLoader().load(paths: [empty])
            }
        }
    }

    @Test func directoryOfUnreadableKindsIsAnEmptyInput() throws {
        try withTemporaryFolder { folder in
            try folder.write("notes/todo.json", "{}")
            try folder.write("notes/.draft.txt", body)
            let notes = folder.path("notes")
            #expect(throws: InputError.emptyInput(paths: [notes])) {
                try ArticleLoader().load(paths: [notes])
            }
        }
    }

    @Test func blankArticleIsSkippedWithAWarning() throws {
        try withTemporaryFolder { folder in
            let blank = try folder.write("blank.txt", "  \n\n")
            try folder.write("real.txt", body)
            let result = try ArticleLoader().load(paths: [blank, folder.path("real.txt")])
            #expect(result.articles.map(\.id) == ["real.txt"])
            #expect(result.warnings.map(\.path) == [blank])
        }
    }

    @Test func directoriesAreWalkedRecursivelySortedSkippingHiddenFilesAndCountingOthers() throws {
        try withTemporaryFolder { folder in
            try folder.write("news/b.txt", body)
            try folder.write("news/a.md", body)
            try folder.write("news/zz/c.markdown", body)
            try folder.write("news/m/d.jsonl", #"{"id": "d1", "text": "First record."}"# + "\n" + #"{"id": "d2", "text": "Second record."}"#)
            try folder.write("news/.hidden.txt", body)
            try folder.write("news/.git/e.txt", body)
            try folder.write("news/data.json", "{}")
            try folder.write("news/photo.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00])
            try folder.write("news/README", body)
            let result = try ArticleLoader().load(paths: [folder.path("news")])
            #expect(result.articles.map(\.id) == ["a.md", "b.txt", "d1", "d2", "c.markdown"])
            #expect(result.warnings.map(\.description)
                == ["\(folder.path("news")): warning: skipped 1 .json, 1 .png, 1 without extension (not article files)"])
        }
    }

    @Test func explicitFileIsReadWhateverItsExtension() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("README", body)
            #expect(try ArticleLoader().load(paths: [file]).articles.map(\.id) == ["README"])
        }
    }

    @Test func dashReadsTextFromStandardInput() throws {
        let result = try ArticleLoader().load(paths: ["-"], standardInput: { Data(self.body.utf8) })
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.id == "stdin")
        #expect(article.origin == "<stdin>")
        #expect(article.text == body)
    }

    @Test func dashReadsJSONLinesFromStandardInput() throws {
        let corpus = "\n" + #"{"id": "s1", "text": "One."}"# + "\n" + #"{"id": "s2", "text": "Two."}"# + "\n"
        let result = try ArticleLoader().load(paths: ["-"], standardInput: { Data(corpus.utf8) })
        #expect(result.articles.map(\.id) == ["s1", "s2"])
    }

    @Test func filesAndStandardInputMixInOrder() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("first.txt", body)
            let result = try ArticleLoader().load(paths: [file, "-"], standardInput: { Data("Second article.".utf8) })
            #expect(result.articles.map(\.id) == ["first.txt", "stdin"])
        }
    }

    @Test func repeatedIDsAreMadeUnique() throws {
        try withTemporaryFolder { folder in
            let a = try folder.write("one/story.txt", body)
            let b = try folder.write("two/story.txt", body)
            let result = try ArticleLoader().load(paths: [a, b])
            #expect(result.articles.map(\.id) == ["story.txt", "story.txt#2"])
        }
    }

    @Test func datelineGivesTheDateInUKOrder() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("dated.txt", "Valley Courier: 08/01/2024 - 10:20\n\n" + body)
            let article = try #require(try ArticleLoader().load(paths: [file]).articles.first)
            #expect(article.date == EventDate(string: "2024-01-08"))
        }
    }

    @Test func datelineGivesTheDateInUSOrderWhenAsked() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("dated.txt", "Valley Courier: 08/01/2024 - 10:20\n\n" + body)
            let article = try #require(try ArticleLoader(usDates: true).load(paths: [file]).articles.first)
            #expect(article.date == EventDate(string: "2024-08-01"))
        }
    }

    /// Every error is one line that names the file (and the line, where there is one).
    @Test(arguments: [
        InputError.missingPath(path: "/data/in/a.txt"),
        .unreadable(path: "/data/in/a.txt", reason: "permission denied"),
        .binaryFile(path: "/data/in/a.txt", offset: 12),
        .malformedFrontMatter(path: "/data/in/a.txt", line: 3, reason: "mapping values are not allowed here"),
        .malformedJSONLines(path: "/data/in/a.txt", line: 3, reason: "missing or empty 'text'"),
        .badDate(path: "/data/in/a.txt", line: 3, value: "31/02/2024"),
        .emptyInput(paths: ["/data/in/a.txt"]),
    ])
    func errorDescriptionIsOneLineNamingTheFile(_ error: InputError) {
        let text = error.description
        #expect(!text.contains("\n"))
        #expect(text.contains("/data/in/a.txt"))
        switch error {
        case .malformedFrontMatter, .malformedJSONLines, .badDate:
            #expect(text.hasPrefix("/data/in/a.txt:3:"))
        default:
            break
        }
    }

    @Test func realErrorsDescribeThemselvesOnOneLine() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("broken.md", "---\ntitle: Fine\ndate: not a date\n---\nBody.\n")
            do {
                _ = try ArticleLoader().load(paths: [file])
                Issue.record("a bad date should not load")
            } catch let error as InputError {
                #expect(error.description == "\(file):3: not a date: 'not a date' (expected YYYY-MM-DD or DD/MM/YYYY)")
            }
        }
    }
}
