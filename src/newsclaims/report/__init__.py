"""newsclaims.report"""
