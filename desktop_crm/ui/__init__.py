"""The Qt interface: windows, dialogs and item models. Calls services, never the database layer."""
