"""A value has the wrong type or form.

Amounts are whole kronor written as YAML integers (``594000``; not ``594 000``, ``594000.0`` or
``"594000"``); dates are ``YYYY-MM-DD`` (a trailing ``?`` marks a tentative date); statuses,
part names and frequencies come from fixed lists.

Example::

    - name: Support
      amount: 594 000 kr
"""

ID = "invalid-value"
SEVERITY = "error"
check = None  # reported by the loader
