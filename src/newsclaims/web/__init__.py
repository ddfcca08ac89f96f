"""newsclaims.web"""
