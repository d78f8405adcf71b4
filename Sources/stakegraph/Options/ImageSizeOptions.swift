import ArgumentParser
import StakegraphRender

/// The size of a PNG or PDF diagram.
struct ImageSizeOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Resolution of a PNG, in dots per inch (default 96; 10 to 1200).")
    var dpi: Double?

    @Option(parsing: .unconditional, help: "Width of a PNG in pixels or of a PDF in points (1/72 inch); the height follows (16 to 30000).")
    var width: Double?

    func validate() throws {
        if let dpi, !(dpi.isFinite && (10...1200).contains(dpi)) { throw ValidationError("--dpi must be from 10 to 1200, not \(dpi).") }
        if let width, !(width.isFinite && (16...30000).contains(width)) {
            throw ValidationError("--width must be from 16 to 30000, not \(width).")
        }
    }

    /// Refuses a size for a format it does not apply to; `formatName` says where the format
    /// came from (`--format svg`), nil when nothing is drawn.
    func check(for format: RenderFormat?, formatName: String?) throws {
        guard let formatName else {
            if dpi != nil || width != nil { throw ValidationError("--dpi and --width size a drawing: give --diagram FILE.png or FILE.pdf.") }
            return
        }
        if dpi != nil, format != .png { throw ValidationError("--dpi applies to PNG only, not \(formatName).") }
        if width != nil, format != .png, format != .pdf { throw ValidationError("--width applies to PNG and PDF only, not \(formatName).") }
    }

    /// `options` with this size.
    func applied(to options: DiagramOptions) -> DiagramOptions {
        var options = options
        options.dpi = dpi
        options.width = width
        return options
    }
}
