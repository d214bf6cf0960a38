//! Any bytes → strict parse → validation → (for an AgentPod) every renderer
//! and its posture check → the receipt. Nothing may panic.
#![no_main]

use agent_machine::input::parse_document;
use agent_machine::json::Limits;
use agent_machine::render::{self, Artifact, Input, Source, receipt};
use agent_machine::validate::{Mode, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = parse_document("fuzz.json".into(), data, Limits::default()) else {
        return;
    };
    let report = validate(&doc, Mode::default());
    let _ = validate(&doc, Mode { schema_only: false, strict: true });
    if !report.is_valid() || report.kind.map(|k| k.info().kind) != Some("AgentPod") {
        return;
    }
    let pod = serde_json::from_value(doc.value.clone()).expect("a valid AgentPod deserializes");
    let source = Source::new("fuzz.json", agent_machine::canonical::digest(&doc.value).expect("JSON"));
    let input = Input::new(&pod, &source, &[]);
    for artifact in Artifact::ALL {
        if let Ok(rendered) = render::render(artifact, &input) {
            let _ = receipt::render(&input, &rendered, "artifact", &receipt::Refs::default());
        }
    }
});
