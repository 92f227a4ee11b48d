"""The HTTP endpoints of SPEC section 4, one module per resource."""
