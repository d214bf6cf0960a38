# Runs a Homebrew formula's `test do` block outside Homebrew, against an
# already-built binary, after the SourceOS offline DSL stub has checked the
# formula's shape:
#
#   ruby tests/it/support/formula_test.rb STUB FORMULA BINDIR
#
# Homebrew runs a test block in a fresh directory (`testpath`) with the
# formula's `bin` holding the installed binaries; so does this. Only the few
# test helpers our formula uses exist here: any other call is a NoMethodError,
# a loud failure and never a pass. Building and installing stay Homebrew's
# job; `cargo install --locked --path .` is what the formula's install runs.
require "pathname"
require "tmpdir"

stub, formula, bindir = ARGV
abort "usage: ruby formula_test.rb STUB FORMULA BINDIR" unless bindir && File.directory?(bindir)
bindir = File.expand_path(bindir)
require File.expand_path(stub)
load formula
FormulaStub.check!

class FormulaTestFailure < StandardError; end

class Formula
  attr_reader :bin, :testpath

  def initialize(bin, testpath)
    @bin = Pathname(bin)
    @testpath = Pathname(testpath)
  end

  # Homebrew derives a git formula's version from its tag.
  def version
    _args, kw, = self.class.calls[:url].first
    kw[:tag]&.delete_prefix("v") or raise FormulaTestFailure, "url has no tag: the version is unknown"
  end

  def shell_output(cmd, result = 0)
    out = `#{cmd}`
    status = $?.exitstatus
    raise FormulaTestFailure, "`#{cmd}` exited #{status}, expected #{result}:\n#{out}" unless status == result
    out
  end

  def assert_match(expected, actual)
    ok = expected.is_a?(Regexp) ? expected.match?(actual) : actual.include?(expected.to_s)
    raise FormulaTestFailure, "expected #{expected.inspect} in:\n#{actual}" unless ok
  end

  def refute_path_exists(path)
    raise FormulaTestFailure, "#{path} exists" if File.exist?(path)
  end
end

Formula.subclasses_seen.each do |klass|
  _args, _kw, block = klass.calls[:test].first
  Dir.mktmpdir("formula-test") do |dir|
    Dir.chdir(dir) { klass.new(bindir, dir).instance_exec(&block) }
  end
  puts "#{klass}: test block passed against #{bindir}"
end
