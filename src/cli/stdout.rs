//! Machine output on stdout — and what happens when nobody reads it.
//!
//! Every command prints to stdout through `out!` / `outln!` (never
//! `print!`/`println!`, which panic when the write fails). When the reader
//! has gone away (`agent-machine render k8s … | head -c1`: a broken pipe),
//! the command ends at once, quietly, with exit code 0 — what ripgrep and
//! other conventional command-line tools do; the consumer chose to stop
//! reading. Any other failure to write stdout (a full disk behind a
//! redirection…) is reported on stderr and exits 2: the output is incomplete.

use std::fmt;
use std::io::{self, Write as _};

use super::Exit;

/// Writes `args` to stdout and flushes it, ending the process on failure
/// (see the module documentation).
pub fn write_fmt(args: fmt::Arguments<'_>) {
    let mut stdout = io::stdout().lock();
    let result = stdout.write_fmt(args).and_then(|()| stdout.flush());
    if let Err(e) = result {
        end(&e);
    }
}

/// Ends the process after a failed write to stdout.
fn end(error: &io::Error) -> ! {
    if error.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(Exit::Ok as i32);
    }
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
