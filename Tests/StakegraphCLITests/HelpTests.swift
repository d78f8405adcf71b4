import Foundation
import Testing

/// The help as users see it: exact text for the root, examples that run as printed from a fresh
/// clone, value lists given once.
@Suite struct HelpTests {
    /// The subcommands the root help lists, in order.
    static func subcommands() throws -> [String] {
        let help = try CLIRunner.help([])
        var names: [String] = []
        var inSection = false
        for line in help.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("SUBCOMMANDS:") { inSection = true; continue }
            if line.isEmpty { inSection = false; continue }
            // A subcommand's row starts at column 2; its wrapped abstract further in.
            if inSection, line.hasPrefix("  "), !line.hasPrefix("   ") {
                names.append(String(line.dropFirst(2).prefix { $0 != " " }))
            }
        }
        return names
    }

    /// The example command lines of `help`: the lines after `Examples:` up to the next blank
    /// line, a line ending in ` \` joined with the next. A line that does not start at column
    /// 2 with a command is returned as it is, so that the caller sees the wrapping.
    static func examples(in help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "Examples:") else { return [] }
        var commands: [String] = []
        var pending: String?
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            if let head = pending {
                pending = nil
                commands.append(head + " " + line.trimmingCharacters(in: .whitespaces))
            } else {
                commands.append(line)
            }
            if line.hasSuffix(" \\") {
                pending = String(commands.removeLast().dropLast(2))
            }
        }
        if let pending { commands.append(pending) }
        return commands
    }

    @Test func theRootHelpGroupsTheSubcommands() throws {
        let help = try CLIRunner.help([])
        #expect(help.status == 0)
        #expect(help.stdout == """
            OVERVIEW: Read news articles and show who engaged whom, and when.

            Inputs are .txt/.md articles (optional front matter with title, date, source,
            outlet), web pages (.html), any of them .gz, directories (read recursively),
            JSON Lines corpora (.jsonl), http(s):// addresses, or - for standard input. Or
            keep a corpus in a store, an SQLite file or a shared PostgreSQL database:
            `stakegraph ingest INPUT... --db FILE` (or --db
            postgres://USER:PASSWORD@HOST/DATABASE), then give any reading command --db
            instead of inputs.

            Long runs show their progress on standard error when it is a terminal (--quiet:
            none). Shell completion: `stakegraph --generate-completion-script bash` (or
            zsh, fish); see Docs/user-guide.md.

            USAGE: stakegraph <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            ANALYSIS SUBCOMMANDS:
              extract                 Print the entities and interactions found in
                                      articles, as JSON.
              analyze                 The main job: extraction.json, graph.dot/.svg,
                                      timeline.txt/.svg and report.html in one folder.
              graph                   Draw or export who engaged whom: DOT, SVG, PNG, PDF,
                                      JSON, CSV, GraphML or GEXF.
              timeline                List interactions in date order: the whole corpus,
                                      one stakeholder, or one pair.
              who                     List who engaged a stakeholder: how, when, with the
                                      sentence and article for each.
              compare                 Compare two periods: relationships that appeared,
                                      disappeared or changed tone.
              report                  Write graph.svg, timeline.svg and a self-contained
                                      report.html into a folder.

            STORE SUBCOMMANDS:
              ingest                  Add articles to a store (an SQLite file or a
                                      PostgreSQL database), extracting only new or changed
                                      ones.
              reindex                 Re-extract stored articles recorded by another
                                      extractor version (or all of them).
              stats                   Count a store's articles per outlet and year,
                                      interactions per type, entities per kind.
              alias                   Record that a name form refers to a stakeholder; the
                                      rule survives re-extraction.
              merge                   Record that two stakeholders are one; the rule
                                      survives re-extraction.
              split                   Record that a stakeholder in one article is someone
                                      else; the rule survives re-extraction.

            TOOLS SUBCOMMANDS:
              read                    Print what extraction reads from each input: the
                                      article text, or its record as JSON.
              evaluate                Score extraction against gold files (annotation
                                      guide, section 6).
              synth                   Write a deterministic corpus of invented articles,
                                      for benchmarks and stress tests.

              See 'stakegraph help <subcommand>' for detailed help.

            """)
    }

    @Test func whoHelpIsExact() throws {
        let help = try CLIRunner.help(["who"])
        #expect(help.status == 0)
        #expect(help.stdout == """
            OVERVIEW: List who engaged a stakeholder: how, when, with the sentence and
            article for each.

            Acts toward anyone who belonged to a named organisation on the act's date count
            too (--named-only: toward the organisation itself only). The first line says
            the level; at --level organisation both ends are shown as the organisation they
            belonged to then.

            Examples:
              stakegraph who Samples/articles --engaged Ofsted
              stakegraph who Samples/articles --engaged "Helen Marchbank" --format json
              stakegraph who Samples/articles --engaged NEU --level organisation

            USAGE: stakegraph who [<options>] [<inputs> ...] --engaged <engaged>

            ARGUMENTS:
              <inputs>                Article files, web pages, directories, JSON Lines
                                      corpora (.jsonl), http(s):// addresses, - for
                                      standard input, or part files of extract --jsonl.

            OPTIONS:
              --db <file|url>         Read the corpus stored in this database (an SQLite
                                      file or a postgres:// URL; see `stakegraph ingest`)
                                      instead of inputs.
              --us-dates              Read 01/02/2024 as 2 January (US order) instead of 1
                                      February.
              --assume-date <date>    Date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that
                                      give none in metadata or a dateline.
              --urls <file>           Read the web pages at the http(s):// addresses listed
                                      in this file, one a line (blank lines and lines
                                      starting with # are skipped).
              --refresh               Fetch web pages again even when the page cache holds
                                      them.
              --cache <dir>           Folder of the page cache (default:
                                      $XDG_CACHE_HOME/stakegraph/pages or
                                      ~/.cache/stakegraph/pages).
              --delay <seconds>       Seconds between two requests to one host. (default:
                                      1.0)
              --timeout <seconds>     Seconds to wait for a web page before giving up on
                                      it. (default: 20.0)
              --dictionary <dictionary>
                                      A stakeholder dictionary (YAML) that adds to or
                                      overrides the default one.
              --from <date>           Keep events on or after this date (YYYY, YYYY-MM or
                                      YYYY-MM-DD).
              --to <date>             Keep events on or before this date (YYYY, YYYY-MM or
                                      YYYY-MM-DD).
              --level <level>         The level listed (both is for diagrams only).
                                      (default: person)
                    person            - stakeholders as the articles name them
                    organisation      - people shown as the organisation they belonged to
                                        on each event's date
                    both              - both, with the organisation edges rolled up from
                                        the people's
              --named-only            An organisation named stands for itself only, not for
                                      the people who belonged to it on each act's date.
              --engaged <engaged>     The stakeholder engaged (id, name or alias).
              --type <type>           Keep only this interaction type (repeatable).
                                      (values: criticism, support, meeting, pledge,
                                      response)
              --format <format>       Listing format. (values: text, csv, json; default:
                                      text)
              -o, --output <output>   Write to this file instead of standard output (- for
                                      standard output).
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    /// Each list of values (types, formats, engines, levels) appears once in a help: the
    /// parser's, generated from the type's cases.
    @Test(arguments: ["graph", "analyze", "compare", "report", "who", "stats", "synth"])
    func valueListsAppearOnce(command: String) throws {
        let help = try CLIRunner.help([command]).stdout
        let flat = help.replacingOccurrences(of: "\n", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for list in ["criticism, support, meeting, pledge, response", "dot, neato, fdp, sfdp, circo",
                     "dot, svg, png, pdf, json, csv, graphml, gexf", "text, csv, json", "text, json"] {
            #expect(flat.components(separatedBy: list).count <= 2, "\(command) lists '\(list)' more than once")
        }
        #expect(!help.contains("person: stakeholders as named;"), "\(command)")
    }

    @Test func everySubcommandHasRunnableExamples() throws {
        let names = try Self.subcommands()
        #expect(names.count == 16, "\(names)")
        for name in names {
            let help = try CLIRunner.help([name])
            let examples = Self.examples(in: help.stdout)
            #expect(!examples.isEmpty, "\(name) --help shows no examples")
            for example in examples {
                #expect(example.hasPrefix("  stakegraph ") || example.hasPrefix("  cat "),
                        "\(name) --help: an example is wrapped or indented wrongly: '\(example)'")
            }
        }
    }

    /// Every example of every subcommand's help, run as printed, in order, in a fresh folder
    /// holding a copy of the repository's Samples (as a fresh clone does), exits 0.
    @Test(arguments: ["extract", "analyze", "graph", "timeline", "who", "compare", "report",
                      "ingest", "reindex", "stats", "alias", "merge", "split", "read", "evaluate", "synth"])
    func examplesRunAsPrinted(command: String) throws {
        let examples = Self.examples(in: try CLIRunner.help([command]).stdout)
        #expect(!examples.isEmpty)
        let clone = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: clone) }
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Samples"),
                                         to: clone.appendingPathComponent("Samples"))
        for example in examples {
            let result = try CLIRunner.shell(example, in: clone)
            #expect(result.status == 0, "\(example)\n\(result.stderr)")
        }
    }
}
