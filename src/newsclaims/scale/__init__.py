"""newsclaims.scale"""
