"""The HTTP endpoints of the SmartAlex API (docs/openapi.json), one module per resource."""
