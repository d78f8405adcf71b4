import ArgumentParser
import StakegraphExtraction
import StakegraphRender

/// Runs a command body, turning library errors into one line on standard error and exit code 1.
func runReportingErrors(_ body: () throws -> Void) throws {
    // Graphviz's warnings, collected while drawing, said once each in our words.
    defer { for warning in Graphviz.takeWarnings() { printError("stakegraph: note: \(warning)") } }
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as FileError where error.isBrokenPipe {
        // The reader of standard output went away (`| head`): it has all it wanted.
        throw ExitCode.success
    } catch {
        printError("stakegraph: error: \(error)")
        throw ExitCode.failure
    }
}
