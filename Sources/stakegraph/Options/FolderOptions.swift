import ArgumentParser
import StakegraphRender

/// `--out FOLDER`, for the commands that write several files (`analyze`, `report`).
struct FolderOptions: ParsableArguments {
    @Option(help: "Folder to write into (created if missing).")
    var out: String

    func validate() throws {
        if OutputFile.isStandardOutput(out) { throw ValidationError("--out takes a folder for several files, not standard output.") }
    }
}
