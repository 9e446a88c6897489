print('raises_value: before the error')
PARTIAL = 'set before raising'
raise ValueError('boom during import')
