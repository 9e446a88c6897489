print('gpkg.virtual module body runs')
