import ArgumentParser
import StakegraphRender

extension RenderFormat: ExpressibleByArgument {}
