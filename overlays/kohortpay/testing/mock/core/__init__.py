"""The mock's core: what it remembers (organizations, keys, records, clock, events) and how requests are
checked against the spec, with no HTTP and no business rule."""
