"""How a fact becomes card text: grammar, topics, prompt templates and honest distractors."""
