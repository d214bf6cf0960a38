//! Machine output on stdout — and what happens when nobody reads it.
//!
//! Every command prints to stdout through `out!` / `outln!` (never
//! `print!`/`println!`, which panic when the write fails). When the reader
//! has gone away (`agent-machine render k8s … | head -c1`: a broken pipe),
//! nothing more is written to stdout, quietly, and the command finishes with
//! its own exit code — a failing gate or an invalid document still exits 1
//! when its reader stopped early (`gate | true` must not turn a failure into
//! a success). Any other failure to write stdout (a full disk behind a
//! redirection…) is reported on stderr and exits 2: the output is incomplete.

use std::fmt;
use std::io::{self, Write as _};
use std::sync::atomic::{AtomicBool, Ordering};

use super::Exit;

/// Writes `args` to stdout and flushes it, ending the process on failure
/// (see the module documentation).
pub fn write_fmt(args: fmt::Arguments<'_>) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = io::stdout().lock();
    let result = stdout.write_fmt(args).and_then(|()| stdout.flush());
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => CLOSED.store(true, Ordering::Relaxed),
        Err(e) => end(&e),
        Ok(()) => {}
    }
}

/// Set once the reader of stdout has gone away.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Ends the process after a failed write to stdout (not a broken pipe).
fn end(error: &io::Error) -> ! {
    let _ = writeln!(
        io::stderr(),
        "agent-machine: cannot write to stdout: {error}; the output is incomplete"
    );
    std::process::exit(Exit::Failure as i32);
}

/// `print!` to stdout, ending quietly when stdout is a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::stdout::write_fmt(format_args!($($arg)*))
    };
}

/// `println!` to stdout, ending quietly when stdout is a closed pipe.
macro_rules! outln {
    () => {
        $crate::cli::stdout::write_fmt(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::stdout::write_fmt(format_args!("{}\n", format_args!($($arg)*)))
    };
}
