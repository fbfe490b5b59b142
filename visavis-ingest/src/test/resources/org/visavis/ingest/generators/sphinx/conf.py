project = 'Inside the Debian Project'
author = 'Debian Handbook authors'
release = '11'
latex_documents = [('index', 'sphinx.tex', 'Inside the Debian Project', 'Debian Handbook authors', 'manual')]
