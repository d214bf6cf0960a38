//! Contract → Rust: the typify copy of each contract (`prepass.rs`) turned
//! into types with typify, formatted with prettyplease.

use std::fmt::Write as _;

use crate::checks::{Contract, Problems};
use crate::prepass;

/// The Rust types of every contract, one module each, or why typify could
/// not make them.
pub fn generate_types(contracts: &[Contract]) -> Result<String, String> {
    let mut out = String::new();
    let mut problems = Problems::default();
    for c in contracts {
        let mut settings = typify::TypeSpaceSettings::default();
        settings
            .with_map_type("::std::collections::BTreeMap".to_string())
            .with_derive("PartialEq".to_string())
            .with_crate("agent-machine", typify::CrateVers::Any, None);
        let mut space = typify::TypeSpace::new(&settings);
        let also_reads: Vec<&str> = contracts
            .iter()
            .filter(|a| a.archived && !c.archived && a.slug == c.slug)
            .map(|a| a.version.as_str())
            .collect();
        let typify_copy = prepass::for_typify(&c.schema, &also_reads);
        let generated = serde_json::from_value::<schemars::schema::RootSchema>(typify_copy)
            .map_err(|e| e.to_string())
            .and_then(|s| space.add_root_schema(s).map_err(|e| e.to_string()))
            .and_then(|_| syn::parse2::<syn::File>(space.to_stream()).map_err(|e| e.to_string()))
            .map(keep_null_apart_from_absent);
        match generated {
            Ok(file) => {
                let _ = writeln!(
                    out,
                    "/// Types generated from `{}` (`{}`).\npub mod {} {{\n{}}}\n",
                    c.file(),
                    c.id,
                    c.module,
                    prettyplease::unparse(&file)
                );
            }
            Err(e) => problems.push(format!(
                "contracts/{}.schema.json: typify failed: {e}",
                c.slug
            )),
        }
    }
    problems.check("contract(s) could not be turned into Rust types")?;
    Ok(out)
}

/// typify gives an optional nullable field the type `Option<T>`, so an
/// explicit `null` and an absent field become the same `None`. The pre-pass
/// makes such fields `Option<Nullable<T>>`; serde would still read `null` as
/// `None`, so every such field also gets a `deserialize_with` that reads a
/// present value (even `null`) as `Some`.
fn keep_null_apart_from_absent(mut file: syn::File) -> syn::File {
    let attr: syn::Attribute = {
        let holder: syn::ItemStruct = syn::parse_str(
            "#[serde(default, deserialize_with = \"::agent_machine::contracts::wire::deserialize_present\")] struct Holder;",
        )
        .expect("a constant attribute parses");
        holder.attrs.into_iter().next().expect("one attribute")
    };
    for item in &mut file.items {
        let syn::Item::Struct(item) = item else {
            continue;
        };
        let syn::Fields::Named(fields) = &mut item.fields else {
            continue;
        };
        for field in fields.named.iter_mut() {
            if is_option_of_nullable(&field.ty) {
                field.attrs.push(attr.clone());
            }
        }
    }
    file
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last(),
        _ => None,
    }
}

fn is_option_of_nullable(ty: &syn::Type) -> bool {
    let Some(option) = last_segment(ty).filter(|s| s.ident == "Option") else {
        return false;
    };
    let syn::PathArguments::AngleBracketed(args) = &option.arguments else {
        return false;
    };
    args.args.iter().any(|arg| match arg {
        syn::GenericArgument::Type(inner) => {
            last_segment(inner).is_some_and(|s| s.ident == "Nullable")
        }
        _ => false,
    })
}
