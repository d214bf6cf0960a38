//! The `agent-machine` command: a thin edge over the `agent_machine` library.
//!
//! Exit codes (spec §7): 0 success; 1 a valid negative answer (a document is
//! invalid, a comparison differs…); 2 the command cannot do its job
//! (unreadable file, not JSON at all, usage error, refused input); 3 an
//! internal error. A closed stdout (the reader of a pipe went away) is
//! written to no more, quietly; the exit code stays the command's own (see
//! `cli/stdout.rs`).
#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("agent-machine: internal error: {info}");
        eprintln!("  this is a bug; please report it with the command line that triggered it");
        std::process::exit(cli::Exit::Internal as i32);
    }));
    // A test seam for the hook above, in debug builds only (a release build
    // has no such switch): the tests prove that an internal error exits 3.
    #[cfg(debug_assertions)]
    if std::env::var_os("AGENT_MACHINE_DEBUG_PANIC").is_some() {
        panic!("AGENT_MACHINE_DEBUG_PANIC is set");
    }
    let args = <cli::Cli as clap::Parser>::parse();
    std::process::ExitCode::from(cli::run(args) as u8)
}
